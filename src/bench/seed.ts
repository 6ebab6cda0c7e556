// Bench build only: the page dist-bench/seed/ (built on its own, so the app's files in
// dist-bench/ stay exactly those of the production build). It saves the 60-question benchmark
// assessment in this origin's storage, as the app saves it, and then opens its answering screen
// in the app: what a person sees who comes back to an assessment in progress. The harness times
// that second page from its own navigation start, so the seeding is not counted.
import { saveAssessment } from '../storage/assessments';
import { openBackend } from '../storage/backend';
import { BENCH_ID, benchAssessment } from './questionnaire';

void openBackend()
  .then((backend) => saveAssessment(backend, benchAssessment(new Date().toISOString())))
  .then(() => location.replace(`../#/a/${BENCH_ID}/d/0`));
