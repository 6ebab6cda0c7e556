import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { DeadEnd } from '../../ui/DeadEnd';
import { DraftDetail } from './DraftDetail';
import { DraftList } from './DraftList';
import { useDrafts } from '../../state/use-drafts';
import '../../i18n/preview-texts';

/**
 * The authors' preview: questionnaire files opened from disk, checked, kept as drafts on this
 * device apart from the shipped questionnaires, and tried out with the app's own answering and
 * results screens.
 */
export default function PreviewPage({ draft }: { draft?: string | undefined }) {
  const { t } = useTranslation('preview');
  const { t: tc } = useTranslation();
  const { status, entries, unreadable, reload } = useDrafts();
  if (!draft)
    return <DraftList status={status} entries={entries} unreadable={unreadable} reload={reload} />;
  if (status === 'loading') return <p className="loading">{tc('loading')}</p>;
  const entry = entries.find((e) => e.record.key === draft);
  if (!entry) {
    return <DeadEnd title={t('notFound')} href={hrefOf({ name: 'preview' })} link={t('back')} />;
  }
  return <DraftDetail entry={entry} onDeleted={reload} />;
}
