import type { AnswerValue } from '../definition/conditions.ts';
import { z } from '../common/zod.ts';

export const TimestampSchema = z.iso.datetime({ offset: true, error: 'datetime_format' });

export const AnswerValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.string()),
]);

/**
 * One answer as given, with the time it was given, so that two copies of an assessment can be
 * merged answer by answer (the newer wins). `cleared` remembers that an answer was taken back.
 */
export const AnswerEntrySchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('value'), value: AnswerValueSchema, at: TimestampSchema }),
  z.looseObject({ kind: z.literal('dontKnow'), at: TimestampSchema }),
  z.looseObject({ kind: z.literal('notRelevant'), at: TimestampSchema }),
  z.looseObject({ kind: z.literal('cleared'), at: TimestampSchema }),
]);
export type AnswerEntry = z.infer<typeof AnswerEntrySchema>;
export type Answers = Record<string, AnswerEntry>;
export type { AnswerValue };

export const NoteSchema = z.looseObject({ text: z.string(), at: TimestampSchema });
export type Note = z.infer<typeof NoteSchema>;
