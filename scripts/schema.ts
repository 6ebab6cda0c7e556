// Writes the JSON Schemas of the questionnaire and profile formats and of the regional study's
// files, generated from the zod schemas in src/core (the single source of truth), for editor
// completion and for those who read or write these files with other tools.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
} from '../src/core/definition/questionnaire.ts';
import { StudyRecordSchema } from '../src/core/records/study.ts';
import { BenchmarkSchema } from '../src/core/study/benchmark.ts';
import { ROOT, runCli } from './lib/cli.ts';

export function jsonSchemas(): Record<string, unknown> {
  const options = { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' } as const;
  const schema = (id: string, of: z.ZodType) => ({ $id: id, ...z.toJSONSchema(of, options) });
  return {
    'questionnaires/questionnaire.schema.json': schema(
      'questionnaire.schema.json',
      QuestionnaireSchema,
    ),
    'questionnaires/profile.schema.json': schema('profile.schema.json', ProfileDefinitionSchema),
    'formats/study.schema.json': schema('study.schema.json', StudyRecordSchema),
    'formats/benchmark.schema.json': schema('benchmark.schema.json', BenchmarkSchema),
  };
}

const HELP = {
  de: `Aufruf: npm run schema
Schreibt questionnaires/questionnaire.schema.json und profile.schema.json sowie
formats/study.schema.json und benchmark.schema.json neu, aus den zod-Schemas in src/core.
  --help   diese Hilfe`,
  en: `Usage: npm run schema
Writes questionnaires/questionnaire.schema.json and profile.schema.json and
formats/study.schema.json and benchmark.schema.json anew, from the zod schemas in src/core.
  --help   this help`,
};

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await runCli({ help: HELP, options: {}, files: [0, 0] }, () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(join(ROOT, name), JSON.stringify(schema, null, 2) + '\n');
      console.log(`wrote ${name}`);
    }
  });
}
