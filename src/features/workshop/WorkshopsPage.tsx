import { catalog } from 'virtual:questionnaires';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Problem } from '../../core/common/problems';
import { useProblemText } from '../shared/problem-text';
import { localize } from '../../core/common/text';
import { isPin, newWorkshop, type Workshop } from '../../core/records/workshop';
import { useAppStore } from '../../state/app-store';
import { newId, now } from '../../state/clock';
import { dayText } from '../../core/present/format';
import { FormButtons } from '../../ui/FormButtons';
import { FormError } from '../../ui/FormError';
import { ChoiceField, TextField } from '../../ui/inputs';
import { useLang } from '../../i18n/use-lang';
import { importWorkshopFile, readWorkshops, startWorkshop } from '../../state/workshops';
import { Cancelled } from '../../transfer/slices';
import { PinField } from './PinField';
import '../../i18n/workshop-texts';

interface ImportReport {
  ok: boolean;
  text: string;
  problems: Problem[];
}

export default function WorkshopsPage() {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const summaries = useAppStore((s) => s.summaries);
  const [workshops, setWorkshops] = useState<Workshop[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [version, setVersion] = useState(0);
  const [name, setName] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState<string>(catalog[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importing, setImporting] = useState<{
    controller: AbortController;
    progress: { done: number; total: number; stage: 'check' | 'store' } | null;
  } | null>(null);
  const describe = useProblemText(importing !== null || report !== null);
  const fileId = useId();

  useEffect(() => {
    let live = true;
    void readWorkshops().then((listing) => {
      if (!live) return;
      setWorkshops(listing.workshops);
      setUnreadable(listing.unreadable.length);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const count = (id: string) => Object.values(summaries).filter((s) => s.workshopId === id).length;

  const start = async () => {
    if (busy) return;
    if (!name.trim()) return setError(t('list.nameMissing'));
    if (!isPin(pin)) return setError(t('list.pinInvalid'));
    if (pin !== pinAgain) return setError(t('list.pinMismatch'));
    setError(null);
    setBusy(true);
    const salt = newId();
    const workshop = newWorkshop({ id: newId(), name, questionnaireId, pin, salt, now: now() });
    await startWorkshop(workshop);
    navigate({ name: 'workshop', workshopId: workshop.id }, { replace: true });
  };

  const importFile = async (file: File) => {
    const controller = new AbortController();
    setImporting({ controller, progress: null });
    let read: Awaited<ReturnType<typeof importWorkshopFile>>;
    try {
      read = await importWorkshopFile(file, {
        signal: controller.signal,
        // Shown for large files only.
        onProgress: (done, total, stage) =>
          total > 100 && setImporting({ controller, progress: { done, total, stage } }),
      });
    } catch (e) {
      if (!(e instanceof Cancelled)) throw e;
      setReport({ ok: false, text: t('list.importCancelled'), problems: [] });
      return;
    } finally {
      setImporting(null);
    }
    if (!read.ok) {
      setReport({
        ok: false,
        text: t('list.importFailed', { file: file.name }),
        problems: read.problems,
      });
      return;
    }
    const { workshop, participants, rejected } = read.value;
    setReport({
      ok: true,
      text:
        t('list.importDone', { name: workshop.name, count: participants }) +
        (rejected.length ? ` ${t('list.importRejected', { count: rejected.length })}` : ''),
      problems: rejected.flatMap((r) =>
        r.problems.map((p) => ({ ...p, path: [...r.path, ...p.path] })),
      ),
    });
    setVersion((v) => v + 1);
  };

  const closed = (workshops ?? []).filter((w) => w.status === 'closed');

  return (
    <section className="panel narrow workshop">
      <h1>{t('title')}</h1>
      <p className="lead">{t('list.intro')}</p>

      <section aria-labelledby="workshop-start" className="workshop-block">
        <h2 id="workshop-start">{t('list.startTitle')}</h2>
        <TextField
          id="workshop-name"
          label={t('list.name')}
          value={name}
          maxLength={200}
          autoComplete="off"
          onChange={setName}
        />
        <ChoiceField
          name="workshop-questionnaire"
          legendId="workshop-questionnaire"
          legend={t('list.questionnaire')}
          selected={questionnaireId}
          onSelect={setQuestionnaireId}
          options={catalog.map((q) => ({ value: q.id, label: localize(q.title, lang) }))}
        />
        <PinField
          id="workshop-pin"
          label={t('list.pin')}
          help={t('list.pinHelp')}
          value={pin}
          onChange={setPin}
        />
        <PinField
          id="workshop-pin-again"
          label={t('list.pinRepeat')}
          value={pinAgain}
          onChange={setPinAgain}
        />
        <p className="help">{t('list.lockNote')}</p>
        <FormError>{error}</FormError>
        <FormButtons action={t('list.start')} busy={busy} onAction={() => void start()} />
      </section>

      <section aria-labelledby="workshop-earlier" className="workshop-block">
        <h2 id="workshop-earlier">{t('list.earlierTitle')}</h2>
        {workshops === null ? null : closed.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <ul className="workshop-list">
            {closed.map((w) => (
              <li key={w.id}>
                <a
                  href={hrefOf({ name: 'facilitator', workshopId: w.id })}
                  aria-label={t('list.view', { name: w.name })}
                >
                  {w.name}
                </a>
                {w.importedAt && <span className="tag">{t('list.importedMark')}</span>}
                <span className="meta">
                  {t('list.facts', { date: dayText(w.createdAt, lang), count: count(w.id) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {unreadable > 0 && <p className="help">{t('list.unreadable', { count: unreadable })}</p>}
      </section>

      <section aria-labelledby="workshop-import" className="workshop-block">
        <h2 id="workshop-import">{t('list.importTitle')}</h2>
        <p className="help">{t('list.importHelp')}</p>
        <div className="import">
          <label htmlFor={fileId} className="button">
            {importing ? t('list.importBusy') : t('list.importChoose')}
          </label>
          {importing?.progress && (
            <span className="import-progress" role="status">
              {t(
                importing.progress.stage === 'check' ? 'list.importChecked' : 'list.importStored',
                importing.progress,
              )}{' '}
              <button
                type="button"
                className="button small"
                onClick={() => importing.controller.abort()}
              >
                {tc('action.cancel')}
              </button>
            </span>
          )}
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-testid="workshop-import"
            disabled={importing !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        {report && (
          <div
            role="status"
            className={report.ok ? 'workshop-report' : 'workshop-report form-error'}
          >
            <p>{report.text}</p>
            {report.problems.length > 0 && (
              <ul>
                {report.problems.slice(0, 5).map((p, i) => (
                  <li key={i}>{describe(p)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </section>
  );
}
