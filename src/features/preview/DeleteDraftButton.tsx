import { useTranslation } from '../../i18n/use-translation';
import { useAppStore } from '../../state/app-store';
import { DeleteButton } from '../../ui/DeleteButton';
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
  const trials = useAppStore(
    (s) => Object.values(s.summaries).filter((x) => x.draftId === entry.record.key).length,
  );
  return (
    <DeleteButton
      name={name}
      title={t('deleteTitle')}
      onDelete={() => void removeDraft(entry.record.key).then(onDeleted)}
    >
      <p>{t('deleteText', { name, count: trials })}</p>
    </DeleteButton>
  );
}
