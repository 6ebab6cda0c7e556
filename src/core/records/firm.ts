import { AnswerEntrySchema, TimestampSchema } from './answers.ts';
import { parseUntrusted } from '../common/safety.ts';
import type { Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';
import { restoreDocument, type DocumentFormat } from './restore.ts';

export const FIRM_FORMAT = 'itas-firm';
export const FIRM_FORMAT_VERSION = 1;
const FORMAT: DocumentFormat = { format: FIRM_FORMAT, version: FIRM_FORMAT_VERSION };

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
  return restoreDocument(FirmSchema, input);
}

export function restoreFirmFile(input: unknown): Validated<Firm> {
  const file = restoreDocument(FirmFileSchema, input, { format: FORMAT });
  return file.ok ? { ok: true, value: file.value.firm } : file;
}

export function readFirmText(text: string): Validated<Firm> {
  const parsed = parseUntrusted(text, 'single');
  return parsed.ok ? restoreFirmFile(parsed.value) : parsed;
}
