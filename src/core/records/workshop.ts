// A workshop on one shared device: a facilitator, a questionnaire, and participants who take
// turns, each with an anonymous assessment of their own (role, optionally their firm's profile,
// never a name). The group aggregate is core's comparison over the participants who finished.
import { TimestampSchema, type Answers } from './answers.ts';
import { newAssessment, type Assessment, type Role } from './assessment.ts';
import { compareAssessments, type Comparison } from '../compare/compare.ts';
import { sha256Hex } from '../common/hash.ts';
import { openPackedFile, packAssessment, packedRestorer } from './packing.ts';
import { preview, problem, type PathSegment, type Problem } from '../common/problems.ts';
import type { ProfileDefinition, Questionnaire } from '../definition/questionnaire.ts';
import { allSteps, parseUntrusted } from '../common/safety.ts';
import type { Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';
import { restoreDocument, restoreEachSteps, type DocumentFormat } from './restore.ts';

export const WORKSHOP_FORMAT = 'itas-workshop';
export const WORKSHOP_FORMAT_VERSION = 1;
const FORMAT: DocumentFormat = { format: WORKSHOP_FORMAT, version: WORKSHOP_FORMAT_VERSION };
export const MAX_PARTICIPANTS = 10_000;

const Id = z.string().min(1).max(200);

/**
 * The facilitator's PIN, salted and hashed. Four digits are guessed in seconds by anyone who can
 * read the device's storage: this keeps the facilitator view from casual eyes, nothing more.
 */
export const PinSchema = z.looseObject({
  salt: z.string().min(8).max(200),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const WorkshopSchema = z.looseObject({
  id: Id,
  name: z.string().trim().min(1).max(200),
  questionnaireId: Id,
  /** Absent in exported files and in workshops imported from one. */
  pin: PinSchema.optional(),
  /** Running: participants take turns. Closed: kept for reading, no one answers any more. */
  status: z.enum(['running', 'closed']),
  /** Set when the workshop came from a file. */
  importedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  closedAt: TimestampSchema.optional(),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const isPin = (text: string) => /^\d{4}$/.test(text);

export function pinHash(pin: string, salt: string): string {
  return sha256Hex(`itas-workshop-pin\u0000${salt}\u0000${pin}`);
}

/** Whether `pin` opens the workshop's facilitator view (a workshop without a PIN is open). */
export function pinMatches(workshop: Pick<Workshop, 'pin'>, pin: string): boolean {
  if (!workshop.pin) return true;
  return pinHash(pin, workshop.pin.salt) === workshop.pin.hash;
}

export function newWorkshop(options: {
  id: string;
  name: string;
  questionnaireId: string;
  pin: string;
  /** Random, from the caller (core makes no random numbers). */
  salt: string;
  now: string;
}): Workshop {
  const { id, name, questionnaireId, pin, salt, now } = options;
  if (!isPin(pin)) throw new Error('A workshop PIN has four digits');
  return {
    id,
    name: name.trim(),
    questionnaireId,
    pin: { salt, hash: pinHash(pin, salt) },
    status: 'running',
    createdAt: now,
    updatedAt: now,
  };
}

export function closeWorkshop(workshop: Workshop, now: string): Workshop {
  const { pin: _pin, ...rest } = workshop;
  return { ...rest, status: 'closed', closedAt: now, updatedAt: now };
}

/** A fresh, anonymous assessment for the next participant: no firm, no name. */
export function newParticipant(options: {
  id: string;
  workshop: Pick<Workshop, 'id'>;
  role: Role;
  profile: Answers;
  questionnaire: Questionnaire;
  profileDefinition: ProfileDefinition;
  now: string;
}): Assessment {
  const { id, workshop, role, profile, questionnaire, profileDefinition, now } = options;
  return newAssessment({
    id,
    at: now,
    owner: { workshop: { id: workshop.id } },
    role,
    profile,
    questionnaire,
    profileDefinition,
  });
}

export const isParticipantOf = (workshopId: string, a: Pick<Assessment, 'workshop'>) =>
  a.workshop?.id === workshopId;

/**
 * The group aggregate: the participants who finished, compared by core (mean, min and max per
 * dimension, disagreement, don't-know counts). Null while nobody has finished.
 */
export function workshopAggregate(
  workshop: Pick<Workshop, 'id' | 'questionnaireId'>,
  assessments: readonly Assessment[],
): Comparison | null {
  const counted = assessments.filter(
    (a) =>
      isParticipantOf(workshop.id, a) &&
      a.finished &&
      a.questionnaire.id === workshop.questionnaireId,
  );
  return counted.length ? compareAssessments(counted) : null;
}

/** The workshop as one file: its record (without the PIN) and its participants, each definition once. */
export function workshopFile(
  workshop: Workshop,
  participants: readonly Assessment[],
  exportedAt: string,
) {
  const definitions: Record<string, unknown> = {};
  const { pin: _pin, ...record } = workshop;
  return {
    format: WORKSHOP_FORMAT,
    formatVersion: WORKSHOP_FORMAT_VERSION,
    exportedAt,
    workshop: record,
    definitions,
    participants: participants
      .filter((a) => isParticipantOf(workshop.id, a))
      .map((a) => packAssessment(a, definitions)),
  };
}

export interface RestoredWorkshop {
  workshop: Workshop;
  participants: Assessment[];
  /** Participants that were refused, with why; the others are still imported. */
  rejected: { path: PathSegment[]; problems: Problem[] }[];
}

/** A stored workshop record or the one inside a workshop file (its problems under `path`). */
export function restoreWorkshop(input: unknown, path: PathSegment[] = []): Validated<Workshop> {
  return restoreDocument(WorkshopSchema, input, { path });
}

/**
 * The workshop file restored step by step, so that a caller can give the screen a turn between
 * steps (core has no clock): yields how many of how many participants are done, returns the result.
 */
export function* restoreWorkshopFileSteps(
  input: unknown,
): Generator<{ done: number; total: number }, Validated<RestoredWorkshop>> {
  const file = openPackedFile(input, {
    format: FORMAT,
    record: 'workshop',
    restore: restoreWorkshop,
    list: 'participants',
  });
  if (!file.ok) return file;
  const { record: workshop, packed, definitions } = file.value;
  if (packed.length > MAX_PARTICIPANTS)
    return {
      ok: false,
      problems: [
        problem('too_many', ['participants'], { limit: MAX_PARTICIPANTS, count: packed.length }),
      ],
    };
  const result: RestoredWorkshop = { workshop, participants: [], rejected: [] };
  const seen = new Map<string, number>();
  const restore = packedRestorer(definitions);
  // A participant of this workshop, answering its questionnaire, each id once.
  const participant = (entry: unknown, i: number): Validated<Assessment> => {
    const r = restore(entry);
    if (!r.ok) return r;
    const a = r.value;
    const refused = (p: Problem): Validated<Assessment> => ({ ok: false, problems: [p] });
    if (!isParticipantOf(workshop.id, a))
      return refused(
        problem('invalid_value', ['workshop', 'id'], {
          value: preview(a.workshop?.id ?? ''),
          allowed: preview(workshop.id),
        }),
      );
    if (a.questionnaire.id !== workshop.questionnaireId)
      return refused(
        problem('invalid_value', ['questionnaire', 'id'], {
          value: preview(a.questionnaire.id),
          allowed: preview(workshop.questionnaireId),
        }),
      );
    const first = seen.get(a.id);
    if (first !== undefined)
      return refused(
        problem('duplicate_id', ['id'], { id: preview(a.id), first: `participants[${first}]` }),
      );
    seen.set(a.id, i);
    return r;
  };
  let index = 0; // the entries come in order
  const steps = restoreEachSteps(
    packed,
    'participants',
    (entry) => participant(entry, index++),
    result.participants,
    result.rejected,
  );
  for (const done of steps) yield { done, total: packed.length };
  return { ok: true, value: result };
}

/** Every step of `restoreWorkshopFileSteps` at once. */
export function restoreWorkshopFile(input: unknown): Validated<RestoredWorkshop> {
  return allSteps(restoreWorkshopFileSteps(input));
}

export function readWorkshopText(text: string): Validated<RestoredWorkshop> {
  const parsed = parseUntrusted(text, 'collection');
  return parsed.ok ? restoreWorkshopFile(parsed.value) : parsed;
}

/**
 * An imported workshop becomes a workshop of its own on this device: new ids for it and its
 * participants (the same file imported twice, or on the device it came from, never merges into
 * or takes over what is there), closed, so nobody answers in it.
 */
export function asImportedWorkshop(
  restored: Pick<RestoredWorkshop, 'workshop' | 'participants'>,
  newId: () => string,
  now: string,
): { workshop: Workshop; participants: Assessment[] } {
  const { pin: _pin, ...record } = restored.workshop;
  const workshop: Workshop = {
    ...record,
    id: newId(),
    status: 'closed',
    closedAt: record.closedAt ?? now,
    importedAt: now,
    updatedAt: now,
  };
  const participants = restored.participants.map((a) => ({
    ...a,
    id: newId(),
    workshop: { ...a.workshop, id: workshop.id },
  }));
  return { workshop, participants };
}
