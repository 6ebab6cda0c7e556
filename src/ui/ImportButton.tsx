import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../core/assessment';
import type { Case } from '../core/case';
import type { Firm } from '../core/firm';
import { formatPath, type Problem } from '../core/problems';
import { useAppStore } from '../state/app-store';
import { newId } from '../state/clock';
import { Dialog } from './Dialog';

type Conflict =
  | { kind: 'assessment'; assessment: Assessment }
  | { kind: 'firm'; firm: Firm }
  | { kind: 'case'; case: Case };
interface Report {
  file: string;
  ok: boolean;
  text: string;
  problems?: Problem[];
}

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
  const { t: tp } = useTranslation('problems');
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reports, setReports] = useState<Report[]>([]);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [busy, setBusy] = useState(false);

  const describe = (p: Problem) => `${tp(p.code as 'missing', p.params)} (${formatPath(p.path)})`;

  async function importFiles(files: File[]) {
    // A file chosen while storage is still opening waits for it instead of being ignored.
    await useAppStore.getState().init();
    const app = useAppStore.getState();
    if (!app.backend || files.length === 0) return;
    setBusy(true);
    const files_ = await import('../transfer/files');
    const out: Report[] = [];
    const open: Conflict[] = [];
    const imported: Assessment[] = [];
    // An assessment of a firm this device does not know brings the firm along.
    const addFirmOf = async (a: Assessment) => {
      if (a.firm && !useAppStore.getState().firms[a.firm.id])
        await app.putFirm({
          id: a.firm.id,
          name: a.firm.name,
          profile: a.profile,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        });
    };
    for (const file of files) {
      const item = await files_.readImportFile(app.backend, file);
      if (item.kind === 'error') {
        out.push({
          file: file.name,
          ok: false,
          text: t('import.rejected'),
          problems: item.problems,
        });
      } else if (item.kind === 'assessment') {
        if (item.status === 'same')
          out.push({ file: file.name, ok: true, text: t('import.alreadyThere') });
        else if (item.status === 'conflict')
          open.push({ kind: 'assessment', assessment: item.assessment });
        else {
          imported.push(
            await files_.storeImportedAssessment(app.backend, item.assessment, 'add', newId),
          );
          await addFirmOf(item.assessment);
          out.push({ file: file.name, ok: true, text: t('import.imported') });
        }
      } else if (item.kind === 'firm') {
        if (item.status === 'same')
          out.push({ file: file.name, ok: true, text: t('import.alreadyThere') });
        else if (item.status === 'conflict') open.push({ kind: 'firm', firm: item.firm });
        else {
          await app.putFirm(item.firm);
          out.push({
            file: file.name,
            ok: true,
            text: t('import.firmImported', { name: item.firm.name }),
          });
        }
      } else {
        // A backup or a case file: many assessments, each with the duplicate rule.
        const { assessments, rejected } = item.kind === 'backup' ? item.backup : item.restored;
        if (item.kind === 'backup')
          for (const firm of item.backup.firms) if (!app.firms[firm.id]) await app.putFirm(firm);
        let added = 0;
        for (const a of assessments) {
          const existing = await app.backend.get('assessments', a.id);
          if (existing === undefined) {
            imported.push(await files_.storeImportedAssessment(app.backend, a, 'add', newId));
            if (item.kind === 'case') await addFirmOf(a);
            added++;
          } else {
            open.push({ kind: 'assessment', assessment: a });
          }
        }
        if (item.kind === 'backup') {
          const extras = await files_.storeBackupExtras(app.backend, item.backup);
          for (const c of extras.conflicts) open.push({ kind: 'case', case: c });
        }
        if (item.kind === 'case') {
          if (item.status === 'new')
            await app.backend.put('cases', item.restored.case.id, item.restored.case);
          else if (item.status === 'conflict')
            open.push({ kind: 'case', case: item.restored.case });
        }
        out.push({
          file: file.name,
          ok: rejected.length === 0,
          text: t(item.kind === 'backup' ? 'import.backup' : 'import.case', {
            added,
            rejected: rejected.length,
          }),
          problems: rejected.flatMap((r) =>
            r.problems.map((p) => ({ ...p, path: [...r.path, ...p.path] })),
          ),
        });
      }
    }
    await app.refresh();
    // Conflicts whose content turns out identical need no question.
    const real: Conflict[] = [];
    for (const c of open) {
      if (c.kind === 'assessment') {
        const { loadAssessment } = await import('../storage/assessments');
        const { sameContent } = await import('../core/assessment');
        const existing = await loadAssessment(app.backend, c.assessment.id);
        if (existing.ok && sameContent(existing.value, c.assessment)) {
          out.push({ file: c.assessment.id, ok: true, text: t('import.alreadyThere') });
          continue;
        }
      }
      real.push(c);
    }
    setReports(out);
    setConflicts(real);
    setBusy(false);
    onImported?.(imported);
  }

  async function resolve(choice: 'keepBoth' | 'replace' | 'skip') {
    const app = useAppStore.getState();
    const [first, ...rest] = conflicts;
    if (!first || !app.backend) return;
    const files_ = await import('../transfer/files');
    if (first.kind === 'assessment' && choice !== 'skip') {
      const stored = await files_.storeImportedAssessment(
        app.backend,
        first.assessment,
        choice,
        newId,
      );
      onImported?.([stored]);
      setReports((r) => [
        ...r,
        {
          file: first.assessment.id,
          ok: true,
          text: t(choice === 'replace' ? 'import.replaced' : 'import.keptBoth'),
        },
      ]);
    }
    if (first.kind === 'case' && choice === 'replace') {
      await app.backend.put('cases', first.case.id, first.case);
      setReports((r) => [...r, { file: first.case.name, ok: true, text: t('import.replaced') }]);
      onImported?.([]);
    }
    if (first.kind === 'firm' && choice === 'replace') {
      await app.putFirm(first.firm);
      setReports((r) => [...r, { file: first.firm.name, ok: true, text: t('import.replaced') }]);
    }
    setConflicts(rest);
    await app.refresh();
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
