// The benchmark file: the regional study's aggregates only — per questionnaire, segment and field
// the number of firms, quartiles and the share of firms on each level — with the questionnaire
// versions it covers, its own format version and a hash of its content. Segments of fewer than
// MIN_FIRMS firms appear only as suppressed. An operator places it beside the app
// (`benchmark.json`) or a person imports it; a firm then sees where it stands in its segment.
import { canonicalJson, sha256Hex } from '../common/hash.ts';
import { problem } from '../common/problems.ts';
import { z } from '../common/zod.ts';
import type { Validated } from '../definition/validate.ts';
import { restoreDocument, type DocumentFormat } from '../records/restore.ts';
import { MIN_FIRMS, type RegionalStudy, type SegmentRef, type Spread } from './aggregate.ts';
import { SEGMENT_AXES, type SegmentAxis } from './panel.ts';

export const BENCHMARK_FORMAT = 'itas-benchmark';
export const BENCHMARK_FORMAT_VERSION = 1;

const Id = z.string().min(1).max(200);
const Score = z.number().min(0).max(100);
const Share = z.number().min(0).max(1);

const SpreadSchema = z.object({
  n: z.number().int().min(MIN_FIRMS),
  q1: Score,
  median: Score,
  q3: Score,
  levels: z.array(Share).length(5),
});

const SegmentSchema = z.union([
  z.object({
    questionnaire: Id,
    axis: z.enum(['all', ...SEGMENT_AXES]),
    band: z.string().min(1).max(40),
    suppressed: z.literal(true),
  }),
  z.object({
    questionnaire: Id,
    axis: z.enum(['all', ...SEGMENT_AXES]),
    band: z.string().min(1).max(40),
    n: z.number().int().min(MIN_FIRMS),
    dimensions: z.record(Id, SpreadSchema),
  }),
]);

export const BenchmarkSchema = z.object({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_FORMAT_VERSION),
  /** YYYY-MM: when the benchmark was made. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  minFirms: z.literal(MIN_FIRMS),
  questionnaires: z.array(z.object({ id: Id, versions: z.array(Id).min(1).max(50) })).max(50),
  segments: z.array(SegmentSchema).max(2000),
  /** SHA-256 of the canonical JSON of everything else in the file. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;
export type BenchmarkSpread = z.infer<typeof SpreadSchema>;

const FORMAT: DocumentFormat = { format: BENCHMARK_FORMAT, version: BENCHMARK_FORMAT_VERSION };

const hashOf = (content: Omit<Benchmark, 'hash'>) => sha256Hex(canonicalJson(content));

const published = ({ n, q1, median, q3, levels }: Spread): BenchmarkSpread => ({
  n,
  q1,
  median,
  q3,
  levels,
});

/** The benchmark of a study: aggregates only, hashed. Lowest and highest scores are left out. */
export function benchmarkOf(study: RegionalStudy, month: string): Benchmark {
  const content: Omit<Benchmark, 'hash'> = {
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    month,
    minFirms: MIN_FIRMS,
    questionnaires: study.questionnaires
      .filter((q) => q.firms !== null)
      .map((q) => ({ id: q.questionnaire, versions: q.versions })),
    segments: study.questionnaires
      .filter((q) => q.firms !== null)
      .flatMap((q) =>
        q.segments.map((s) => {
          const at = { questionnaire: q.questionnaire, axis: s.segment.axis, band: s.segment.band };
          if (s.n === null) return { ...at, suppressed: true as const };
          const dimensions: Record<string, BenchmarkSpread> = {};
          for (const [id, spread] of Object.entries(s.dimensions))
            if (spread) dimensions[id] = published(spread);
          return { ...at, n: s.n, dimensions };
        }),
      ),
  };
  return { ...content, hash: hashOf(content) };
}

/**
 * A benchmark file restored: the boundary's checks, and its hash must match its content as
 * written (fields a later version adds included), so a changed figure is refused.
 */
export function restoreBenchmark(input: unknown): Validated<Benchmark> {
  const r = restoreDocument(BenchmarkSchema, input, { format: FORMAT });
  if (!r.ok) return r;
  const { hash, ...content } = input as Record<string, unknown>;
  if (sha256Hex(canonicalJson(content)) !== hash)
    return { ok: false, problems: [problem('benchmark_hash', ['hash'])] };
  return r;
}

export type Position = 'below' | 'middle' | 'above';

export interface FieldPosition {
  dimension: string;
  position: Position;
  /** The segment compared with and its number of firms (of the field). */
  segment: SegmentRef;
  n: number;
  spread: BenchmarkSpread;
}

/** The order in which a firm's segments are tried: the most telling first, all firms last. */
const PREFERENCE: readonly SegmentAxis[] = ['staff', 'tier', 'combustion', 'nonAutomotive'];

/** Where a score stands: below the lower quartile, in the middle half, above the upper. */
export function positionIn(score: number, s: Pick<BenchmarkSpread, 'q1' | 'q3'>): Position {
  return score < s.q1 ? 'below' : score > s.q3 ? 'above' : 'middle';
}

/**
 * Where a firm's fields stand against firms of its segment: the first of its segments (staff
 * band, tier, combustion share, non-automotive share) the benchmark publishes, else all firms.
 * Nothing when the benchmark does not cover the questionnaire's version.
 */
export function firmPositions(
  benchmark: Benchmark,
  questionnaire: { id: string; version: string },
  segments: Partial<Record<SegmentAxis, string>>,
  scores: Record<string, number | null>,
): FieldPosition[] {
  const covered = benchmark.questionnaires.find((q) => q.id === questionnaire.id);
  if (!covered?.versions.includes(questionnaire.version)) return [];
  const find = (axis: string, band: string) =>
    benchmark.segments.find(
      (s) => s.questionnaire === questionnaire.id && s.axis === axis && s.band === band,
    );
  const candidates: SegmentRef[] = [
    ...PREFERENCE.flatMap((axis) => {
      const band = segments[axis];
      return band ? [{ axis, band }] : [];
    }),
    { axis: 'all', band: 'all' },
  ];
  for (const segment of candidates) {
    const s = find(segment.axis, segment.band);
    if (!s || !('n' in s)) continue;
    const out: FieldPosition[] = [];
    for (const [dimension, score] of Object.entries(scores)) {
      const spread = s.dimensions[dimension];
      if (score === null || !spread) continue;
      out.push({ dimension, position: positionIn(score, spread), segment, n: spread.n, spread });
    }
    if (out.length) return out;
  }
  return [];
}
