import type { Firm } from '../core/records/firm';
import { localize } from '../core/common/text';
import type { Answers } from '../core/records/answers';
import type { Assessment } from '../core/records/assessment';
import { openStorage, storage, useAppStore } from './app-store';
import { newId, now } from './clock';
import { downloadFile, fileSlug } from '../transfer/download';

export async function exportAssessment(id: string) {
  const backend = storage();
  if (!backend) return;
  const [{ loadAssessment }, { assessmentFileText }] = await Promise.all([
    import('../storage/assessments'),
    import('../transfer/files'),
  ]);
  const loaded = await loadAssessment(backend, id);
  if (!loaded.ok) return;
  const a = loaded.value;
  const at = now();
  const name = `itas-${a.questionnaire.id}-${fileSlug(a.firm?.name ?? localize(a.questionnaire.title, 'de'))}-${at.slice(0, 10)}.json`;
  downloadFile(name, assessmentFileText(a, at));
}

export function exportFirm(firm: Firm) {
  void import('../transfer/files').then(({ firmFileText }) => {
    const at = now();
    downloadFile(`itas-unternehmen-${fileSlug(firm.name)}.json`, firmFileText(firm, at));
  });
}

/** A copy to answer again (another respondent, or a later date): answers kept, not finished. */
export async function duplicateAssessment(id: string) {
  const app = useAppStore.getState();
  const backend = storage();
  if (!backend) return;
  const { loadAssessment, saveAssessment, summaryOf } = await import('../storage/assessments');
  const loaded = await loadAssessment(backend, id);
  if (!loaded.ok) return;
  const at = now();
  const { finishedAt: _finishedAt, ...rest } = loaded.value;
  const copy = { ...rest, id: newId(), finished: false, createdAt: at, updatedAt: at };
  app.setSummary(summaryOf(await savedOrPending(saveAssessment(backend, copy), copy)));
}

/** The assessment as saved; if the save failed, as it is (kept pending by the storage). */
async function savedOrPending(saving: Promise<Assessment>, a: Assessment): Promise<Assessment> {
  try {
    return await saving;
  } catch {
    return a;
  }
}

/** The assessments behind `ids`, each read as stored (an unreadable one says why). */
export async function readAssessments(ids: readonly string[]) {
  const [backend, { loadAssessments }] = await Promise.all([
    openStorage(),
    import('../storage/assessments'),
  ]);
  return new Map(await loadAssessments(backend, [...ids]));
}

/** Gives unfinished assessments the firm's changed profile (finished ones keep theirs). */
export async function updateProfileOf(ids: readonly string[], profile: Answers) {
  const app = useAppStore.getState();
  const [backend, { loadAssessment, saveAssessment, summaryOf }] = await Promise.all([
    openStorage(),
    import('../storage/assessments'),
  ]);
  for (const id of ids) {
    const loaded = await loadAssessment(backend, id);
    if (!loaded.ok) continue;
    const changed = { ...loaded.value, profile, updatedAt: now() };
    app.setSummary(summaryOf(await savedOrPending(saveAssessment(backend, changed), changed)));
  }
}
