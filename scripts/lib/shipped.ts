// What the shipped questionnaire files say about the programme, for the command line and tests:
// which questionnaires span the portfolio, which profile facts are exposure facts.
import { fileURLToPath } from 'node:url';
import { exposureFactsOf, factNamesOf, portfolioAxesOf } from '../../src/core/scoring/portfolio.ts';
import { loadShipped } from '../vite-plugin-questionnaires.ts';

const DIR = fileURLToPath(new URL('../../questionnaires', import.meta.url));

export function shippedFacts(dir = DIR) {
  const { profile, questionnaires } = loadShipped(dir);
  return {
    portfolio: portfolioAxesOf(questionnaires),
    exposureFacts: exposureFactsOf(profile),
    factNames: factNamesOf(profile),
  };
}
