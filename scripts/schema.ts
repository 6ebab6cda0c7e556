// Writes the JSON Schemas of the questionnaire and profile formats, generated from the zod
// schemas in src/core (the single source of truth), for editor completion and checks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
} from '../src/core/definition/questionnaire.ts';
import { QUESTIONNAIRE_DIR, runCli } from './lib/cli.ts';

export function jsonSchemas(): Record<string, unknown> {
  const options = { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' } as const;
  return {
    'questionnaire.schema.json': {
      $id: 'questionnaire.schema.json',
      ...z.toJSONSchema(QuestionnaireSchema, options),
    },
    'profile.schema.json': {
      $id: 'profile.schema.json',
      ...z.toJSONSchema(ProfileDefinitionSchema, options),
    },
  };
}

const HELP = {
  de: `Aufruf: npm run schema
Schreibt questionnaires/questionnaire.schema.json und profile.schema.json neu, aus den zod-Schemas
in src/core/definition/questionnaire.ts.
  --help   diese Hilfe`,
  en: `Usage: npm run schema
Writes questionnaires/questionnaire.schema.json and profile.schema.json anew, from the zod schemas
in src/core/definition/questionnaire.ts.
  --help   this help`,
};

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await runCli({ help: HELP, options: {}, files: [0, 0] }, () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(join(QUESTIONNAIRE_DIR, name), JSON.stringify(schema, null, 2) + '\n');
      console.log(`wrote questionnaires/${name}`);
    }
  });
}
