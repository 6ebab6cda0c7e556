// Bench build only (the seed page, see seed.ts). The questionnaire the side-by-side run answers: 60 maturity questions, as
// the peer's 60 five-level Likert questions, in 6 dimensions of 10. The questions are the shipped
// ones (text, help, five level descriptions, "don't know"), the first 60 unconditional maturity
// questions of technology readiness and then resilience, so every card is one that ships.
import { newAssessment, type Assessment } from '../core/records/assessment';
import profile from '../../questionnaires/profile.json';
import resilience from '../../questionnaires/resilience.json';
import technology from '../../questionnaires/technology-readiness.json';

export const BENCH_ID = 'bench-maturity-60';

export function benchAssessment(at: string): Assessment {
  const maturity = [...technology.dimensions, ...resilience.dimensions]
    .flatMap((d) => d.questions as { type: string; visibleIf?: unknown }[])
    .filter((q) => q.type === 'maturity' && !q.visibleIf)
    .slice(0, 60);
  const dimensions = technology.dimensions
    .slice(0, 6)
    .map((d, i) => ({ ...d, questions: maturity.slice(i * 10, i * 10 + 10) }));
  const { $schema: _q, ...rest } = technology;
  const { $schema: _p, ...profileDefinition } = profile;
  return newAssessment({
    id: BENCH_ID,
    at,
    owner: { firm: { id: 'bench-firm', name: 'Benchmark GmbH' } },
    role: 'management',
    questionnaire: {
      ...rest,
      id: BENCH_ID,
      listed: false,
      title: { de: '60 Reifegradfragen (Benchmark)', en: '60 maturity questions (benchmark)' },
      dimensions,
      flags: [],
    } as unknown as Assessment['questionnaire'],
    profileDefinition: profileDefinition as unknown as Assessment['profileDefinition'],
  });
}
