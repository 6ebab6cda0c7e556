import { AnswerEntrySchema, TimestampSchema } from './answers.ts';
import { migrateDocument } from './assessment.ts';
import { problem, problemsFromZod } from '../common/problems.ts';
import { checkTree, isPlainObject, parseUntrusted } from '../common/safety.ts';
import type { Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';

export const FIRM_FORMAT = 'itas-firm';
export const FIRM_FORMAT_VERSION = 1;

/** A firm as kept on a device: its profile answers are copied into each new assessment. */
export const FirmSchema = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  profile: z.record(z.string(), AnswerEntrySchema).default({}),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Firm = z.infer<typeof FirmSchema>;

/** The small file colleagues import so that their assessments belong to the same firm. */
export const FirmFileSchema = z.looseObject({
  format: z.literal(FIRM_FORMAT),
  formatVersion: z.literal(FIRM_FORMAT_VERSION),
  exportedAt: TimestampSchema.optional(),
  firm: FirmSchema,
});

export function firmFile(firm: Firm, exportedAt: string) {
  return { format: FIRM_FORMAT, formatVersion: FIRM_FORMAT_VERSION, exportedAt, firm };
}

export function restoreFirm(input: unknown): Validated<Firm> {
  if (!isPlainObject(input)) return { ok: false, problems: [problem('not_an_object', [])] };
  const bad = checkTree(input);
  if (bad) return { ok: false, problems: [bad] };
  const parsed = FirmSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error, input) };
}

export function restoreFirmFile(input: unknown): Validated<Firm> {
  if (!isPlainObject(input)) return { ok: false, problems: [problem('not_an_object', [])] };
  const bad = checkTree(input);
  if (bad) return { ok: false, problems: [bad] };
  const migrated = migrateDocument(input, FIRM_FORMAT, FIRM_FORMAT_VERSION, {});
  if (!migrated.ok) return migrated;
  const parsed = FirmFileSchema.safeParse(migrated.value);
  return parsed.success
    ? { ok: true, value: parsed.data.firm }
    : { ok: false, problems: problemsFromZod(parsed.error, migrated.value) };
}

export function readFirmText(text: string): Validated<Firm> {
  const parsed = parseUntrusted(text, 'single');
  return parsed.ok ? restoreFirmFile(parsed.value) : parsed;
}
