import { conditionShapeProblem, type Condition } from './conditions.ts';
import { BANDS, HORIZONS, PORTFOLIO_AXES, RATINGS, SERVICE_IDS, SEVERITIES } from './model.ts';
import { z } from '../common/zod.ts';

export { BANDS, HORIZONS, RATINGS, SERVICE_IDS, SEVERITIES };
export type { Band, Horizon, Rating, ServiceId, Severity } from './model.ts';

const nonBlank = z.string().refine((s) => s.trim().length > 0, { params: { code: 'text_empty' } });

/** Every text a user reads: German first, English complete. */
export const BilingualSchema = z.strictObject({ de: nonBlank, en: nonBlank }).meta({
  id: 'Bilingual',
  description: 'A text in German (de) and English (en), both non-empty.',
});
export type Bilingual = z.infer<typeof BilingualSchema>;

export const ScalarSchema = z.union([z.number(), z.string(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

export const ConditionSchema: z.ZodType<Condition> = z
  .strictObject({
    get all() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get any() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get not() {
      return ConditionSchema.optional();
    },
    question: z.string().min(1).optional(),
    profile: z.string().min(1).optional(),
    eq: ScalarSchema.optional(),
    ne: ScalarSchema.optional(),
    lt: z.number().optional(),
    lte: z.number().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
    in: z.array(ScalarSchema).min(1).optional(),
    answered: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    const problem = conditionShapeProblem(c);
    if (problem) ctx.addIssue({ code: 'custom', params: { code: 'condition_shape', ...problem } });
  })
  .meta({ id: 'Condition' });

const IdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: 'id_format' });
const ScoreSchema = z.number().min(0).max(1);
const SemverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'version_format' });

const questionBase = {
  id: IdSchema,
  text: BilingualSchema,
  help: BilingualSchema.optional(),
  visibleIf: ConditionSchema.optional(),
};
const scoredBase = {
  ...questionBase,
  weight: z.number().positive().default(1),
  dontKnow: z.boolean().default(true),
  notRelevant: z.boolean().default(false),
};

const OptionSchema = z.strictObject({ id: IdSchema, label: BilingualSchema, score: ScoreSchema });
const MultiOptionSchema = z.strictObject({
  id: IdSchema,
  label: BilingualSchema,
  score: ScoreSchema,
  /** "None of these": ticking it clears the others, and an answer of only this counts as given. */
  exclusive: z.boolean().optional(),
});
const BandSchema = z.strictObject({ from: z.number(), to: z.number(), score: ScoreSchema });
const numberRange = {
  unit: BilingualSchema,
  min: z.number(),
  max: z.number(),
  step: z.number().positive().optional(),
};

export const MaturityQuestionSchema = z
  .strictObject({
    ...scoredBase,
    type: z.literal('maturity'),
    levels: z.array(BilingualSchema).length(5),
  })
  .meta({ id: 'MaturityQuestion' });
export const SingleQuestionSchema = z
  .strictObject({
    ...scoredBase,
    type: z.literal('single'),
    options: z.array(OptionSchema).min(2),
  })
  .meta({ id: 'SingleQuestion' });
export const MultiQuestionSchema = z
  .strictObject({
    ...scoredBase,
    type: z.literal('multi'),
    options: z.array(MultiOptionSchema).min(2),
  })
  .meta({ id: 'MultiQuestion' });
export const NumberQuestionSchema = z
  .strictObject({
    ...scoredBase,
    ...numberRange,
    type: z.literal('number'),
    bands: z.array(BandSchema).min(1),
  })
  .meta({ id: 'NumberQuestion' });
export const BooleanQuestionSchema = z
  .strictObject({
    ...scoredBase,
    type: z.literal('boolean'),
    scores: z.strictObject({ yes: ScoreSchema, no: ScoreSchema }),
  })
  .meta({ id: 'BooleanQuestion' });
export const TextQuestionSchema = z
  .strictObject({
    ...questionBase,
    type: z.literal('text'),
    multiline: z.boolean().default(true),
  })
  .meta({ id: 'TextQuestion' });

export const QuestionSchema = z.discriminatedUnion('type', [
  MaturityQuestionSchema,
  SingleQuestionSchema,
  MultiQuestionSchema,
  NumberQuestionSchema,
  BooleanQuestionSchema,
  TextQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type ScoredQuestion = Exclude<Question, { type: 'text' }>;
export type QuestionType = Question['type'];

export const RecommendationSchema = z
  .strictObject({
    id: IdSchema,
    title: BilingualSchema,
    text: BilingualSchema,
    services: z.array(z.enum(SERVICE_IDS)).min(1),
    horizon: z.enum(HORIZONS),
    impact: z.enum(RATINGS),
    effort: z.enum(RATINGS),
  })
  .meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const DimensionSchema = z.strictObject({
  id: IdSchema,
  title: BilingualSchema,
  description: BilingualSchema,
  weight: z.number().positive(),
  target: z.number().int().min(1).max(5),
  questions: z.array(QuestionSchema).min(1),
  prompts: z.array(BilingualSchema).min(1),
  recommendations: z.strictObject({
    low: z.array(RecommendationSchema).min(1),
    mid: z.array(RecommendationSchema).min(1),
    high: z.array(RecommendationSchema).min(1),
  }),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const FlagSchema = z.strictObject({
  id: IdSchema,
  dimension: IdSchema,
  severity: z.enum(SEVERITIES),
  when: ConditionSchema,
  message: BilingualSchema,
});
export type Flag = z.infer<typeof FlagSchema>;

/**
 * What became of a question of an earlier version: renamed (`becomes`, a question of this file that
 * takes over its answers in comparisons), moved to another questionnaire (`movedTo`), or dropped
 * (neither). Documentation for authors and coaches, and the id map the comparison reads.
 */
export const QuestionChangeSchema = z.strictObject({
  /** The retired question id. */
  id: IdSchema,
  becomes: IdSchema.optional(),
  movedTo: z.strictObject({ questionnaire: IdSchema, question: IdSchema }).optional(),
  reason: BilingualSchema,
});
export type QuestionChange = z.infer<typeof QuestionChangeSchema>;

export const RevisionSchema = z.strictObject({
  /** The version that made these changes. */
  version: SemverSchema,
  questions: z.array(QuestionChangeSchema).default([]),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const QuestionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: SemverSchema,
    /** `false` for examples and drafts: valid, but not offered to users. */
    listed: z.boolean().default(true),
    title: BilingualSchema,
    description: BilingualSchema,
    /** Estimated minutes to answer (see questionnaires/README.md for the rule of thumb). */
    minutes: z.number().int().positive(),
    /** Its overall index spans the firm's portfolio: across (x) or up (y). */
    portfolioAxis: z.enum(PORTFOLIO_AXES).optional(),
    dimensions: z.array(DimensionSchema).min(1),
    flags: z.array(FlagSchema).default([]),
    /** What each released version changed in question ids, oldest first. */
    revisions: z.array(RevisionSchema).optional(),
  })
  .meta({ title: 'ITAS questionnaire' });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

// The firm profile: the same question types except maturity, never scored.
const profileBase = {
  ...questionBase,
  dontKnow: z.boolean().default(false),
  /** A short name of the fact, where the report names it beside a finding ("Größter Kunde"). */
  short: BilingualSchema.optional(),
};
export const ProfileQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...profileBase,
    type: z.literal('single'),
    options: z.array(z.strictObject({ id: IdSchema, label: BilingualSchema })).min(2),
  }),
  z.strictObject({
    ...profileBase,
    type: z.literal('multi'),
    options: z
      .array(
        z.strictObject({ id: IdSchema, label: BilingualSchema, exclusive: z.boolean().optional() }),
      )
      .min(2),
  }),
  z.strictObject({
    ...profileBase,
    ...numberRange,
    type: z.literal('number'),
    /** A share in percent that makes a firm exposed: the report shows it against the flags' thresholds. */
    exposure: z.boolean().optional(),
  }),
  z.strictObject({ ...profileBase, type: z.literal('boolean') }),
  z.strictObject({
    ...profileBase,
    type: z.literal('text'),
    multiline: z.boolean().default(false),
  }),
]);
export type ProfileQuestion = z.infer<typeof ProfileQuestionSchema>;

export const ProfileDefinitionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: SemverSchema,
    title: BilingualSchema,
    description: BilingualSchema.optional(),
    questions: z.array(ProfileQuestionSchema).min(1),
  })
  .meta({ title: 'ITAS firm profile' });
export type ProfileDefinition = z.infer<typeof ProfileDefinitionSchema>;
