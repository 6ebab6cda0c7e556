// Bench build only: the page dist-bench/seed/ (built on its own, so the app's files in
// dist-bench/ stay exactly those of the production build). It saves the 60-question benchmark
// assessment in this origin's storage, as the app saves it, and then opens its answering screen
// in the app: what a person sees who comes back to an assessment in progress. The harness times
// that second page from its own navigation start, so the seeding is not counted.
import { restoreAssessment } from '../core/records/assessment';
import { saveAssessment } from '../storage/assessments';
import { openBackend } from '../storage/backend';
import { BENCH_ID, benchAssessment } from './questionnaire';

// Checked as an imported assessment is (defaults filled in): what the app holds in memory.
const checked = restoreAssessment(benchAssessment(new Date().toISOString()));
if (!checked.ok)
  throw new Error(`benchmark assessment refused: ${JSON.stringify(checked.problems)}`);
const assessment = checked.value;

void openBackend()
  .then((backend) => saveAssessment(backend, assessment))
  .then(() => location.replace(`../#/a/${BENCH_ID}/d/0`));
