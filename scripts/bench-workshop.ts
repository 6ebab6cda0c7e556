// Bench figure: a workshop of 30 participants opened and compared, in Node. "Open" is what the
// facilitator view does with the stored participants (definitions put back in, each assessment
// restored through core's checks); "compare" is core's group aggregate over them. Figures only,
// never pass/fail. Run alone with `npx tsx scripts/bench-workshop.ts`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AnswerEntry, Answers } from '../src/core/records/answers.ts';
import { restoreAssessment, ROLES, type Assessment } from '../src/core/records/assessment.ts';
import { packAssessment, unpackAssessment } from '../src/core/records/packing.ts';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
  type Question,
} from '../src/core/definition/questionnaire.ts';
import type { Browser } from 'playwright-core';
import {
  newParticipant,
  newWorkshop,
  workshopAggregate,
  workshopFile,
} from '../src/core/records/workshop.ts';
import { clickUntil, median } from './bench-lib.ts';

const ROOT = join(import.meta.dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

export const WORKSHOP_PARTICIPANTS = 30;
export const WORKSHOP_RUNS = 5;
/** The figure: open and compare within this (unthrottled). */
export const WORKSHOP_BUDGET_MS = 200;

export interface WorkshopBench {
  participants: number;
  questionnaire: string;
  runs: number;
  /** Medians over the runs, in milliseconds. */
  openMs: number;
  compareMs: number;
  totalMs: number;
  budgetMs: number;
  /** Every run's figures (ms), for "median [min–max]" with bench-lib's spread/fmtSpread. */
  times: { open: number[]; compare: number[]; total: number[] };
}

/** A small deterministic generator, so every run answers the same. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function answerFor(q: Question, rnd: () => number, at: string): AnswerEntry | null {
  if ('dontKnow' in q && q.dontKnow && rnd() < 0.08) return { kind: 'dontKnow', at };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  switch (q.type) {
    case 'maturity':
      return { kind: 'value', value: 1 + Math.floor(rnd() * 5), at };
    case 'single':
      return { kind: 'value', value: pick(q.options).id, at };
    case 'multi':
      return { kind: 'value', value: q.options.filter(() => rnd() < 0.4).map((o) => o.id), at };
    case 'number':
      return { kind: 'value', value: Math.round(q.min + rnd() * (q.max - q.min)), at };
    case 'boolean':
      return { kind: 'value', value: rnd() < 0.5, at };
    case 'text':
      return rnd() < 0.3 ? { kind: 'value', value: 'Notiz aus dem Workshop', at } : null;
  }
}

/** 30 participants of one workshop, each with a generated set of answers, finished. */
export function workshopParticipants(
  count = WORKSHOP_PARTICIPANTS,
  questionnairePath = 'questionnaires/technology-readiness.json',
) {
  const at = '2026-05-01T09:00:00.000Z';
  const questionnaire = QuestionnaireSchema.parse(readJson(questionnairePath));
  const profileDefinition = ProfileDefinitionSchema.parse(readJson('questionnaires/profile.json'));
  const workshop = newWorkshop({
    id: 'bench-workshop',
    name: 'Benchmark-Workshop',
    questionnaireId: questionnaire.id,
    pin: '1234',
    salt: 'bench-salt-0001',
    now: at,
  });
  const rnd = prng(30);
  const participants: Assessment[] = Array.from({ length: count }, (_, i) => {
    const answers: Answers = {};
    for (const d of questionnaire.dimensions)
      for (const q of d.questions) {
        const entry = answerFor(q, rnd, at);
        if (entry) answers[q.id] = entry;
      }
    return {
      ...newParticipant({
        id: `participant-${String(i + 1).padStart(2, '0')}`,
        workshop,
        role: ROLES[i % ROLES.length]!,
        profile: {},
        questionnaire,
        profileDefinition,
        now: at,
      }),
      answers,
      finished: true,
      finishedAt: at,
    };
  });
  return { workshop, participants };
}

/** Opens (unpack and restore) and compares a workshop of 30; medians of 5 runs after a warm-up. */
export function benchWorkshop(runs = WORKSHOP_RUNS): WorkshopBench {
  const { workshop, participants } = workshopParticipants();
  // As stored: each participant packed, its definitions kept once beside them.
  const definitions: Record<string, unknown> = {};
  const stored = JSON.parse(
    JSON.stringify(participants.map((a) => packAssessment(a, definitions))),
  ) as unknown[];
  const storedDefinitions = JSON.parse(JSON.stringify(definitions)) as Record<string, unknown>;

  const once = () => {
    const t0 = performance.now();
    const opened: Assessment[] = [];
    for (const record of stored) {
      const unpacked = unpackAssessment(structuredClone(record), storedDefinitions);
      if (!unpacked.ok) throw new Error(`definition ${unpacked.missing} missing`);
      const restored = restoreAssessment(unpacked.value);
      if (!restored.ok) throw new Error(JSON.stringify(restored.problems.slice(0, 3)));
      opened.push(restored.value);
    }
    const t1 = performance.now();
    const aggregate = workshopAggregate(workshop, opened);
    const t2 = performance.now();
    if (aggregate?.columns.length !== participants.length)
      throw new Error('the aggregate must count every participant');
    return { open: t1 - t0, compare: t2 - t1, total: t2 - t0 };
  };

  once(); // warm-up: the first run pays for compiling the schemas
  const times = Array.from({ length: runs }, once);
  return {
    participants: participants.length,
    questionnaire: workshop.questionnaireId,
    runs,
    openMs: median(times.map((t) => t.open)),
    compareMs: median(times.map((t) => t.compare)),
    totalMs: median(times.map((t) => t.total)),
    budgetMs: WORKSHOP_BUDGET_MS,
    times: {
      open: times.map((t) => t.open),
      compare: times.map((t) => t.compare),
      total: times.map((t) => t.total),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchWorkshop();
  console.log(
    `Workshop of ${r.participants} (${r.questionnaire}), median of ${r.runs}: open ${r.openMs.toFixed(1)} ms, compare ${r.compareMs.toFixed(1)} ms, together ${r.totalMs.toFixed(1)} ms (budget ${r.budgetMs} ms)`,
  );
}

/**
 * In the browser: a workshop file of 30 finished participants imported on the workshops page;
 * milliseconds from the click on the workshop until the facilitator view's aggregate table has a
 * row per dimension (next animation frame). An imported workshop is closed and has no PIN.
 */
export async function openWorkshopInBrowser(
  browser: Browser,
  url: string,
  cpu: number,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'itas-bench-workshop-'));
  try {
    const { workshop, participants } = workshopParticipants();
    const file = join(dir, 'workshop.json');
    writeFileSync(file, JSON.stringify(workshopFile(workshop, participants, workshop.createdAt)));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}#/workshop`);
    await page.getByTestId('workshop-import').setInputFiles(file);
    const link = page.locator('.workshop-list a').first();
    await link.waitFor({ timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const dimensions = participants[0]!.questionnaire.dimensions.length;
    const ms = await clickUntil(
      page,
      '.workshop-list a',
      `document.querySelectorAll('[data-testid=workshop-aggregate] tbody tr').length >= ${dimensions}`,
    );
    await context.close();
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
