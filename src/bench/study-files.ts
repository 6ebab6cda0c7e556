// Generated firms and their answers to the shipped questionnaires (no real study data exists
// yet), each firm stronger or weaker overall: made into study records by the app's own rules, or
// into a large backup. Used by the study's tests, the import tests, `npm run bench` and the
// screenshots; the same seed always gives the same files.
import { newAssessment, type Assessment } from '../core/records/assessment';
import type { AnswerEntry, Answers } from '../core/records/answers';
import type { ProfileDefinition, Questionnaire } from '../core/definition/questionnaire';
import { studyRecord, type StudyRecord } from '../core/records/study';
import { contentHash } from '../core/common/hash';
import { backupFile } from '../core/records/backup';
import { takeIn } from '../core/study/intake';
import { dataPoints } from '../core/study/panel';
import { regionalStudy } from '../core/study/aggregate';
import { portfolioAxesOf } from '../core/scoring/portfolio';
import profileJson from '../../questionnaires/profile.json';
import resilienceJson from '../../questionnaires/resilience.json';
import technologyJson from '../../questionnaires/technology-readiness.json';

const strip = <T extends { $schema?: unknown }>({ $schema: _s, ...rest }: T) => rest;
export const shippedProfile = strip(profileJson) as unknown as ProfileDefinition;
export const shippedQuestionnaires = [strip(resilienceJson), strip(technologyJson)] as unknown as [
  Questionnaire,
  Questionnaire,
];

/** A small, seeded random source (mulberry32): the same seed, the same numbers. */
export function randomSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedFirm {
  id: string;
  /** 1..5: how strong the firm is overall. */
  strength: number;
  profile: Answers;
}

const AT = '2026-10-15T09:00:00.000Z';
const value = (v: unknown): AnswerEntry => ({ kind: 'value', value: v, at: AT }) as AnswerEntry;

/** A firm of the region, drawn at random: staff, tier, shares and a strength. */
export function generatedFirm(i: number, random: () => number): GeneratedFirm {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return {
    id: `generated-firm-${i}`,
    strength: 1 + random() * 4,
    profile: {
      employees: value(pick([6, 25, 45, 80, 140, 230, 320, 700])),
      tier: value(pick(['tier1', 'tier2', 'tier2', 'tier3', 'mixed'])),
      combustion_share: value(Math.round(random() * 100)),
      non_automotive_share: value(Math.round(random() * 100)),
      largest_customer_share: value(Math.round(10 + random() * 60)),
      sites: value(pick([1, 1, 2, 3, 5])),
      oem_direct: value(random() < 0.3),
      works_council: value(random() < 0.6),
    },
  };
}

function answersFor(q: Questionnaire, firm: GeneratedFirm, random: () => number): Answers {
  const answers: Answers = {};
  for (const question of q.dimensions.flatMap((d) => d.questions)) {
    if (random() < 0.06) {
      answers[question.id] = { kind: 'dontKnow', at: AT };
      continue;
    }
    switch (question.type) {
      case 'maturity':
        answers[question.id] = value(
          Math.min(5, Math.max(1, Math.round(firm.strength + (random() - 0.5) * 2))),
        );
        break;
      case 'single':
        answers[question.id] = value(
          question.options[Math.floor(random() * question.options.length)]!.id,
        );
        break;
      case 'multi':
        answers[question.id] = value(
          question.options.filter(() => random() < 0.4).map((o) => o.id),
        );
        break;
      case 'boolean':
        answers[question.id] = value(random() < firm.strength / 5);
        break;
      case 'number':
        answers[question.id] = value(
          Math.round(question.min + (question.max - question.min) * random()),
        );
        break;
      case 'text':
        break;
    }
  }
  return answers;
}

/** The firm's finished assessment of a questionnaire, as a person would have answered it. */
export function generatedAssessment(
  q: Questionnaire,
  firm: GeneratedFirm,
  random: () => number,
  role: Assessment['role'] = 'management',
): Assessment {
  const a = newAssessment({
    id: `${firm.id}-${q.id}-${role}`,
    at: AT,
    owner: { firm: { id: firm.id, name: `Firma ${firm.id}` } },
    role,
    profile: firm.profile,
    questionnaire: q,
    profileDefinition: shippedProfile,
  });
  return { ...a, answers: answersFor(q, firm, random), finished: true, finishedAt: AT };
}

/**
 * `count` study files: each firm hands over one questionnaire, or (every third firm) both, so
 * the region's portfolio has points.
 */
export function generatedStudyFiles(count: number, seed = 1): StudyRecord[] {
  const random = randomSource(seed);
  const records: StudyRecord[] = [];
  for (let i = 0; records.length < count; i++) {
    const firm = generatedFirm(i, random);
    const both = i % 3 === 0;
    for (const [k, q] of shippedQuestionnaires.entries()) {
      if (records.length >= count) break;
      if (!both && k !== i % 2) continue;
      records.push(studyRecord(generatedAssessment(q, firm, random)));
    }
  }
  return records;
}

/** The shipped questionnaires as the study knows them (with their content hashes). */
export const knownShipped = () =>
  new Map(shippedQuestionnaires.map((q) => [q.id, { questionnaire: q, hash: contentHash(q) }]));

/** The tier's options in the shipped profile: the bands of the tier segment. */
export const shippedTiers = (() => {
  const tier = shippedProfile.questions.find((q) => q.id === 'tier');
  return tier?.type === 'single' ? tier.options.map((o) => o.id) : [];
})();

/** Study records taken in as the workspace takes them, and the study's figures. */
export function studyOfRecords(records: readonly StudyRecord[]) {
  const intake = takeIn(
    records.map((value, i) => ({ name: `itas-studie-${i}.json`, value })),
    { anonymise: false, known: knownShipped() },
  );
  const points = dataPoints(intake.entries);
  const study = regionalStudy(
    points,
    shippedQuestionnaires,
    shippedTiers,
    portfolioAxesOf(shippedQuestionnaires),
  );
  return { intake, points, study };
}

/** A backup of `count` finished assessments of generated firms (one firm per two assessments). */
export function generatedBackup(count: number, seed = 1) {
  const random = randomSource(seed);
  const assessments: Assessment[] = [];
  const firms: GeneratedFirm[] = [];
  for (let i = 0; assessments.length < count; i++) {
    const firm = generatedFirm(i, random);
    firms.push(firm);
    for (const q of shippedQuestionnaires)
      if (assessments.length < count) assessments.push(generatedAssessment(q, firm, random));
  }
  return backupFile(
    firms.map((f) => ({
      id: f.id,
      name: `Firma ${f.id}`,
      profile: f.profile,
      createdAt: AT,
      updatedAt: AT,
    })),
    assessments,
    AT,
  );
}
