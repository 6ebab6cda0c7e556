import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Assessment } from '../../core/records/assessment';
import type { Conflict, Report } from '../../state/import-flow';
import { Dialog } from '../../ui/Dialog';
import { useProblemText } from './problem-text';

/**
 * Import of assessment, firm and backup files. An import never overwrites silently: the same
 * content is recognised as already there; the same id with other content asks what to do.
 */
export function ImportButton({
  onImported,
  dropZone = false,
}: {
  /** Told of the assessments stored (after each step, conflicts resolved included). */
  onImported?: (assessments: Assessment[]) => void;
  /** Also accept files dropped on a marked area around the button. */
  dropZone?: boolean;
} = {}) {
  const { t } = useTranslation('start');
  const { t: tc } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reports, setReports] = useState<Report[]>([]);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [busy, setBusy] = useState(false);
  // Problem texts load with a file coming in, not with the start page.
  const describe = useProblemText(busy || reports.length > 0);
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    stage: 'check' | 'store';
  } | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function importFiles(files: File[]) {
    setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const flow = await import('../../state/import-flow');
      const outcome = await flow.importFiles(files, t as never, {
        signal: controller.signal,
        // Shown for large files only (a backup of many assessments).
        onProgress: (done, total, stage) => total > 100 && setProgress({ done, total, stage }),
      });
      if (!outcome) return;
      setReports(outcome.reports);
      setConflicts(outcome.conflicts);
      onImported?.(outcome.imported);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function resolve(choice: 'keepBoth' | 'replace' | 'skip') {
    const [first, ...rest] = conflicts;
    if (!first) return;
    const flow = await import('../../state/import-flow');
    const { report, imported } = await flow.resolveConflict(first, choice, t as never);
    if (report) setReports((r) => [...r, report]);
    if (imported) onImported?.(imported);
    setConflicts(rest);
  }

  const conflict = conflicts[0];
  const [over, setOver] = useState(false);
  const drop = dropZone
    ? {
        onDragOver: (e: React.DragEvent) => {
          e.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (e: React.DragEvent) => {
          e.preventDefault();
          setOver(false);
          void importFiles(Array.from(e.dataTransfer.files));
        },
      }
    : {};
  return (
    <div className={`import${dropZone ? ' drop-zone' : ''}${over ? ' over' : ''}`} {...drop}>
      <label htmlFor={inputId} className="button">
        {busy ? tc('loading') : t('import.button')}
      </label>
      {progress && (
        <span className="import-progress" role="status">
          {t(progress.stage === 'check' ? 'import.progress' : 'import.storing', progress)}{' '}
          <button type="button" className="button small" onClick={() => abort.current?.abort()}>
            {tc('action.cancel')}
          </button>
        </span>
      )}
      {dropZone && <p className="hint">{t('import.drop')}</p>}
      <input
        ref={input}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".json,application/json,.pdf,application/pdf"
        multiple
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void importFiles(files);
        }}
      />
      <Dialog
        open={reports.length > 0 && !conflict}
        title={t('import.title')}
        onClose={() => setReports([])}
        actions={
          <button type="button" className="button primary" onClick={() => setReports([])}>
            {tc('action.close')}
          </button>
        }
      >
        <ul className="import-report">
          {reports.map((r, i) => (
            <li key={i} className={r.ok ? 'ok' : 'rejected'}>
              <strong>{r.file}</strong>: {r.text}
              {r.problems && r.problems.length > 0 && (
                <ul>
                  {r.problems.slice(0, 8).map((p, j) => (
                    <li key={j}>{describe(p)}</li>
                  ))}
                  {r.problems.length > 8 && (
                    <li>{t('import.more', { count: r.problems.length - 8 })}</li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Dialog>
      <Dialog
        open={!!conflict}
        title={t('import.conflictTitle')}
        onClose={() => void resolve('skip')}
        actions={
          conflict && conflict.kind !== 'assessment' ? (
            <>
              <button type="button" className="button" onClick={() => void resolve('skip')}>
                {t('import.keepMine')}
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => void resolve('replace')}
              >
                {t('import.replace')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={() => void resolve('skip')}>
                {tc('action.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void resolve('replace')}>
                {t('import.replace')}
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => void resolve('keepBoth')}
              >
                {t('import.keepBoth')}
              </button>
            </>
          )
        }
      >
        {conflict && (
          <p>
            {conflict.kind === 'assessment'
              ? t('import.conflictAssessment', {
                  firm: conflict.assessment.firm?.name ?? t('anonymous'),
                })
              : conflict.kind === 'firm'
                ? t('import.conflictFirm', { name: conflict.firm.name })
                : t('import.conflictCase', { name: conflict.case.name })}
          </p>
        )}
      </Dialog>
    </div>
  );
}
