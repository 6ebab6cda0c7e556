import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Problem } from '../../core/common/problems';
import { localize } from '../../core/common/text';
import { dateTimeText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { Table } from '../../ui/Table';
import { DeleteDraftButton } from './DeleteDraftButton';
import { ProblemList } from './ProblemList';
import { openDraftFile, type DraftEntry } from '../../state/use-drafts';

export function draftName(entry: DraftEntry, lang: 'de' | 'en'): string {
  return entry.facts.title ? localize(entry.facts.title, lang) : entry.record.fileName;
}

function OpenFile({ onOpened }: { onOpened(key: string): Promise<void> }) {
  const { t } = useTranslation('preview');
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ file: string; problems: Problem[] } | null>(null);

  async function open(file: File) {
    setBusy(true);
    setRefused(null);
    const opened = await openDraftFile(file);
    setBusy(false);
    if (opened.ok) await onOpened(opened.key);
    else setRefused({ file: file.name, problems: opened.problems });
  }

  return (
    <div className="preview-open">
      <label htmlFor={inputId} className="button primary">
        {busy ? t('opening') : t('open')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      {refused && (
        <div role="alert" className="form-error">
          <p>{t('rejected', { file: refused.file })}</p>
          <ProblemList problems={refused.problems} />
        </div>
      )}
    </div>
  );
}

export function DraftList({
  status,
  entries,
  unreadable,
  reload,
}: {
  status: 'loading' | 'ready';
  entries: DraftEntry[];
  unreadable: string[];
  reload(): Promise<void>;
}) {
  const { t } = useTranslation('preview');
  const { t: tc } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel preview">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <OpenFile
        onOpened={async (key) => {
          await reload();
          navigate({ name: 'preview', draft: key });
        }}
      />
      <h2>{t('listTitle')}</h2>
      {status === 'loading' ? (
        <p className="loading">{tc('loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('listEmpty')}</p>
      ) : (
        <Table
          label={t('listTitle')}
          className="dimension-table preview-drafts"
          head={[
            t('col.name'),
            t('col.id'),
            t('col.version'),
            t('col.opened'),
            t('col.status'),
            t('col.actions'),
          ]}
        >
          {entries.map((entry) => {
            const name = draftName(entry, lang);
            return (
              <tr key={entry.record.key}>
                <th scope="row">
                  <span className="tag">{t('draft')}</span>
                  <a href={hrefOf({ name: 'preview', draft: entry.record.key })}>{name}</a>
                </th>
                <td>{entry.facts.id ?? t('unknown')}</td>
                <td>{entry.facts.version ?? t('unknown')}</td>
                <td>{dateTimeText(entry.record.openedAt, lang)}</td>
                <td>
                  {entry.result.ok
                    ? t('valid')
                    : t('problems', { count: entry.result.problems.length })}
                </td>
                <td>
                  <DeleteDraftButton entry={entry} name={name} onDeleted={reload} />
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      {unreadable.length > 0 && (
        <p className="help">{t('unreadable', { count: unreadable.length })}</p>
      )}
    </section>
  );
}
