import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppStore } from '../../state/app-store';
import { ConfirmDialog } from '../../ui/Dialog';
import { removeDraft, type DraftEntry } from '../../state/use-drafts';

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
      <ConfirmDialog
        open={asking}
        title={t('deleteTitle')}
        confirm={tc('action.delete')}
        cancel={tc('action.cancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void removeDraft(entry.record.key).then(onDeleted);
        }}
      >
        <p>{t('deleteText', { name, count: trials })}</p>
      </ConfirmDialog>
    </>
  );
}
