// Content checks on the shipped questionnaires beyond what `npm run validate` can see in one file:
// no question asked twice across the checks, every profile fact put to use, every service in the
// service table, German and English number formats. Each check is a function run on the shipped
// files and on a planted copy, so that it is shown to fail on what it is meant to catch.
import { describe, expect, it } from 'vitest';
import { conditionReferences, type Condition } from '../../../src/core/definition/conditions';
import deCommon from '../../../src/i18n/de/common.json';
import enCommon from '../../../src/i18n/en/common.json';
import deReport from '../../../src/i18n/de/report.json';
import enReport from '../../../src/i18n/en/report.json';
import { readJson } from '../../support/helpers';

interface RawQuestion {
  id: string;
  type: string;
  text: { de: string; en: string };
  visibleIf?: unknown;
  levels?: { de: string; en: string }[];
}
interface RawQuestionnaire {
  id: string;
  dimensions: {
    id: string;
    questions: RawQuestion[];
    recommendations: Record<string, { id: string; services: string[] }[]>;
  }[];
  flags: { id: string; when: unknown }[];
}
interface RawProfile {
  questions: RawQuestion[];
}

const SHIPPED = ['resilience', 'technology-readiness'];
const shipped = () =>
  SHIPPED.map((id) => structuredClone(readJson(`questionnaires/${id}.json`)) as RawQuestionnaire);
const profile = () => structuredClone(readJson('questionnaires/profile.json')) as RawProfile;
const questionsOf = (q: RawQuestionnaire) =>
  q.dimensions.flatMap((d) => d.questions.map((x) => ({ questionnaire: q.id, question: x })));

/** Lower case, letters and digits only, single spaces. */
const normal = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const trigrams = (text: string) => {
  const t = normal(text);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
};
/** Dice coefficient of the character trigrams: 1 for equal texts, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * Near-identical means 0.7 or more. A question copied with a word or two changed scores 0.8 to
 * 0.95; the most alike questions that ask different things (the company and the product CO2
 * footprint, the energy questions of R4) score below 0.65 in both languages. Questions that ask the
 * same fact in other words are the authors' to find (questionnaires/README.md, "each fact once");
 * this check catches the copy that slips through.
 */
const NEAR_IDENTICAL = 0.7;

function nearIdentical(questionnaires: RawQuestionnaire[]): string[] {
  const all = questionnaires.flatMap(questionsOf);
  const found: string[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      for (const lang of ['de', 'en'] as const) {
        const a = all[i]!.question;
        const b = all[j]!.question;
        const s = similarity(a.text[lang], b.text[lang]);
        if (s >= NEAR_IDENTICAL) found.push(`${a.id} ≈ ${b.id} (${lang} ${s.toFixed(2)})`);
      }
  return found;
}

/** Profile fields that no flag or condition reads (free text is descriptive and exempt). */
function unusedProfileFields(p: RawProfile, questionnaires: RawQuestionnaire[]): string[] {
  const conditions: unknown[] = [
    ...p.questions.map((x) => x.visibleIf),
    ...questionnaires.flatMap((q) => [
      ...q.flags.map((f) => f.when),
      ...questionsOf(q).map(({ question }) => question.visibleIf),
    ]),
  ].filter((c) => c !== undefined);
  const used = new Set(
    conditions.flatMap((c) =>
      conditionReferences(c as Condition)
        .filter((r) => r.kind === 'profile')
        .map((r) => r.id),
    ),
  );
  return p.questions.filter((x) => x.type !== 'text' && !used.has(x.id)).map((x) => x.id);
}

/** Services named by a recommendation that the service table (both languages) does not list. */
function unknownServices(questionnaires: RawQuestionnaire[]): string[] {
  const tables = [deCommon.service, enCommon.service, deReport.service, enReport.service];
  return questionnaires.flatMap((q) =>
    q.dimensions.flatMap((d) =>
      Object.values(d.recommendations).flatMap((list) =>
        list.flatMap((r) =>
          r.services
            .filter((s) => !tables.every((table) => s in table))
            .map((s) => `${r.id}: ${s}`),
        ),
      ),
    ),
  );
}

/** Every string of a JSON tree in one language, with its path. */
function texts(node: unknown, lang: 'de' | 'en', path = ''): { path: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => texts(x, lang, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  if (typeof obj[lang] === 'string') return [{ path, text: obj[lang] }];
  return Object.entries(obj).flatMap(([k, v]) => texts(v, lang, `${path}.${k}`));
}

/**
 * Numbers as each language writes them: German with a decimal comma ("2,5 GWh"), English with a
 * point; a space before "%" in both (the house style). Norms and versions ("VDA 19.1", "ISO
 * 14067", "1.0.0") have no unit after them and are left alone.
 */
const UNIT =
  '(?:%|GWh|MWh|kWh|Mio|Mrd|Monat|Jahr|Stunde|Tag|Prozent|million|month|year|hour|day|€)';
const NUMBER_RULES = {
  de: [new RegExp(`\\d\\.\\d+\\s?${UNIT}`), /\d%/],
  en: [new RegExp(`\\d,\\d+\\s?${UNIT}`), /\d%/],
} as const;
function numberFormatSlips(data: unknown): string[] {
  return (['de', 'en'] as const).flatMap((lang) =>
    texts(data, lang).flatMap(({ path, text }) =>
      NUMBER_RULES[lang]
        .filter((rule) => rule.test(text))
        .map((rule) => `${path}.${lang}: ${String(rule)} in "${text}"`),
    ),
  );
}

/**
 * A keyword check of the order of the levels, where words can tell it: the top level (5) never
 * describes an absence ("kein", "nicht", "nie", "weder", "kaum", ...), and the bottom level (1)
 * never a routine ("regelmäßig", "systematisch", "laufend", "jährlich", ...). German texts only:
 * the English follow them.
 */
const ABSENCE = /\b(kein|keine|keinen|keiner|keinem|nicht|nie|niemand|nichts|nein|weder|kaum)\b/i;
const ROUTINE = /\b(regelmäßig\w*|systematisch\w*|laufend|jährlich\w*|vierteljährlich\w*)\b/i;
function levelOrderSlips(questionnaires: RawQuestionnaire[]): string[] {
  return questionnaires.flatMap(questionsOf).flatMap(({ question }) => {
    const levels = question.levels ?? [];
    if (levels.length !== 5) return [];
    const top = ABSENCE.exec(levels[4]!.de);
    const bottom = ROUTINE.exec(levels[0]!.de);
    return [
      ...(top ? [`${question.id}: level 5 says "${top[0]}"`] : []),
      ...(bottom ? [`${question.id}: level 1 says "${bottom[0]}"`] : []),
    ];
  });
}

describe('the shipped questionnaires together', () => {
  it('ask no question twice in near-identical words, and the check finds a planted copy', () => {
    expect(nearIdentical(shipped())).toEqual([]);
    const planted = shipped();
    const original = planted[0]!.dimensions[0]!.questions[0]!;
    planted[1]!.dimensions[0]!.questions.push({
      ...original,
      id: 'planted_copy',
      text: {
        de: original.text.de.replace(/\?$/, ' heute?'),
        en: original.text.en.replace(/\?$/, ' today?'),
      },
    });
    expect(nearIdentical(planted)).toEqual([
      expect.stringContaining(`${original.id} ≈ planted_copy (de`),
      expect.stringContaining(`${original.id} ≈ planted_copy (en`),
    ]);
  });

  it('put every profile fact to use in a flag or condition, and the check finds an unused one', () => {
    expect(unusedProfileFields(profile(), shipped())).toEqual([]);
    const planted = profile();
    planted.questions.push({
      id: 'planted_fact',
      type: 'number',
      text: { de: 'Wie viele?', en: 'How many?' },
    });
    expect(unusedProfileFields(planted, shipped())).toEqual(['planted_fact']);
  });

  it('name only services of the service table, and the check finds an unknown one', () => {
    expect(unknownServices(shipped())).toEqual([]);
    const planted = shipped();
    const first = planted[0]!.dimensions[0]!.recommendations.low![0]!;
    first.services = [...first.services, 'consulting'];
    expect(unknownServices(planted)).toEqual([`${first.id}: consulting`]);
  });

  it('write numbers as each language does, and the check finds a slip', () => {
    expect([...shipped(), profile()].flatMap(numberFormatSlips)).toEqual([]);
    expect(numberFormatSlips({ a: { de: 'über 7.5 GWh', en: 'over 7,5 GWh' } })).toHaveLength(2);
    expect(numberFormatSlips({ a: { de: 'mehr als 30%', en: 'more than 30 %' } })).toHaveLength(1);
    expect(
      numberFormatSlips({ a: { de: 'VDA 19.1 und 2,5 GWh', en: 'VDA 19.1 and 2.5 GWh' } }),
    ).toEqual([]);
  });

  it('rise from an absence to a routine by a keyword check, and the check finds swapped levels', () => {
    expect(levelOrderSlips(shipped())).toEqual([]);
    const planted = shipped();
    const question = planted[0]!.dimensions[0]!.questions.find((x) => x.levels)!;
    question.levels = [...question.levels!].reverse();
    expect(levelOrderSlips(planted)).toContain(
      `${question.id}: level 5 says "${ABSENCE.exec(question.levels[4]!.de)?.[0]}"`,
    );
  });

  it('give each maturity question five levels that differ clearly from one another', () => {
    // Two levels that say nearly the same cannot be told apart by two people answering.
    for (const q of shipped())
      for (const { question } of questionsOf(q)) {
        const levels = question.levels ?? [];
        for (let i = 0; i < levels.length; i++)
          for (let j = i + 1; j < levels.length; j++)
            for (const lang of ['de', 'en'] as const)
              expect(
                similarity(levels[i]![lang], levels[j]![lang]),
                `${question.id}: levels ${i + 1} and ${j + 1} (${lang})`,
              ).toBeLessThan(0.8);
      }
  });
});
