import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { Dialog } from '../../ui/Dialog';
import { removeDraft, type DraftEntry } from './useDrafts';

/** Deleting asks first, and says that the draft's trial runs go with it. */
export function DeleteDraftButton({
  entry,
  name,
  onDeleted,
}: {
  entry: DraftEntry;
  name: string;
  onDeleted(): Promise<void> | void;
}) {
  const { t } = useTranslation('preview');
  const { t: tc } = useTranslation();
  const [asking, setAsking] = useState(false);
  const trials = useAppStore(
    (s) => Object.values(s.summaries).filter((x) => x.draftId === entry.record.key).length,
  );
  return (
    <>
      <button type="button" className="button small danger" onClick={() => setAsking(true)}>
        {tc('action.delete')}
        <span className="visually-hidden">: {name}</span>
      </button>
      <Dialog
        open={asking}
        title={t('deleteTitle')}
        onClose={() => setAsking(false)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {tc('action.cancel')}
            </button>
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setAsking(false);
                void removeDraft(entry.record.key).then(onDeleted);
              }}
            >
              {tc('action.delete')}
            </button>
          </>
        }
      >
        <p>{t('deleteText', { name, count: trials })}</p>
      </Dialog>
    </>
  );
}
