// What the regional study takes in: the files firms hand over for it, and (only when the analyst
// says so) ordinary exports, backups and workshop files, made anonymous on the way in by the same
// rules as the firm's own hand-over (records/study.ts). Each file passes the restore functions of
// core like every import; a refused file or entry comes back with its reasons, the others count.
import { problem, type PathSegment, type Problem } from '../common/problems.ts';
import { restoreAssessment, type Assessment } from '../records/assessment.ts';
import { restoreBackup } from '../records/backup.ts';
import { valueFits } from '../records/answer-fit.ts';
import { restoreWorkshopFile } from '../records/workshop.ts';
import { firmKeyOf, restoreStudyRecord, studyRecord, type StudyRecord } from '../records/study.ts';
import type { Questionnaire } from '../definition/questionnaire.ts';
import { isPlainObject } from '../common/safety.ts';

/** A questionnaire the study knows, with the content hash that hand-overs name. */
export interface KnownQuestionnaire {
  questionnaire: Questionnaire;
  hash: string;
}

/** One hand-over as the study counts it. */
export interface StudyEntry {
  record: StudyRecord;
  /** The file it came from. */
  file: string;
  /** The order files and entries came in: of two hand-overs alike, the later one counts. */
  order: number;
  /**
   * Set for the participants of one workshop, who all count (a workshop is one data point with
   * several respondents, not several of one role replacing each other).
   */
  seat?: number;
}

export interface Refusal {
  file: string;
  /** Where in the file, for an entry of a backup or workshop file; empty for the whole file. */
  path: PathSegment[];
  problems: Problem[];
}

export interface Intake {
  entries: StudyEntry[];
  refused: Refusal[];
  /** Files taken in (wholly or in part). */
  files: number;
}

export interface IntakeOptions {
  /** Ordinary exports, backups and workshop files are taken in, made anonymous. */
  anonymise: boolean;
  known: ReadonlyMap<string, KnownQuestionnaire>;
}

const formatOf = (value: unknown) =>
  isPlainObject(value) && typeof value.format === 'string' ? value.format : null;

/** The problems of a hand-over against the questionnaire the study knows under its id. */
export function recordProblems(r: StudyRecord, known: IntakeOptions['known']): Problem[] {
  const k = known.get(r.questionnaire.id);
  if (!k)
    return [
      problem('study_questionnaire_unknown', ['questionnaire', 'id'], { id: r.questionnaire.id }),
    ];
  if (r.questionnaire.version !== k.questionnaire.version || r.questionnaire.hash !== k.hash)
    return [
      problem('study_version_unknown', ['questionnaire', 'version'], {
        version: r.questionnaire.version,
        supported: k.questionnaire.version,
      }),
    ];
  const q = k.questionnaire;
  const dims = new Set(q.dimensions.map((d) => d.id));
  const questions = new Map(q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, x])));
  const flags = new Set(q.flags.map((f) => f.id));
  const problems: Problem[] = [];
  const unknown = (
    path: PathSegment[],
    ids: Iterable<string>,
    allowed: Set<string> | Map<string, unknown>,
  ) => {
    for (const id of ids)
      if (!allowed.has(id)) problems.push(problem('study_id_unknown', [...path, id], { id }));
  };
  unknown(['result', 'dimensions'], Object.keys(r.result.dimensions), dims);
  unknown(['result', 'priorities'], r.result.priorities, dims);
  unknown(['result', 'flags'], r.result.flags, flags);
  unknown(['result', 'dontKnow'], r.result.dontKnow, questions);
  for (const [id, value] of Object.entries(r.answers)) {
    const question = questions.get(id);
    if (!question) problems.push(problem('study_id_unknown', ['answers', id], { id }));
    else if (
      value !== 'dontKnow' &&
      value !== 'notRelevant' &&
      !valueFits(question, value as never)
    )
      problems.push(
        problem('answer_misfit', ['answers', id], { question: id, value: String(value) }),
      );
  }
  return problems;
}

function anonymised(a: Assessment, firmKey?: string): StudyRecord {
  const record = studyRecord(a);
  return firmKey ? { ...record, firmKey } : record;
}

/** An empty intake, to take files into one by one. */
export const emptyIntake = (): Intake => ({ entries: [], refused: [], files: 0 });

/** Takes in one file (its name and parsed content), adding to `into`. */
export function takeInFile(
  into: Intake,
  name: string,
  value: unknown,
  options: IntakeOptions,
): void {
  const refuse = (problems: Problem[], path: PathSegment[] = []) =>
    into.refused.push({ file: name, path, problems });
  const before = into.entries.length;
  const add = (record: StudyRecord, path: PathSegment[], seat?: number) => {
    const problems = recordProblems(record, options.known);
    if (problems.length) return refuse(problems, path);
    into.entries.push({
      record,
      file: name,
      order: into.entries.length,
      ...(seat === undefined ? {} : { seat }),
    });
  };
  const format = formatOf(value);
  if (format === 'itas-study') {
    const r = restoreStudyRecord(value);
    if (r.ok) add(r.value, []);
    else refuse(r.problems);
  } else if (
    format === 'itas-assessment' ||
    format === 'itas-backup' ||
    format === 'itas-workshop'
  ) {
    if (!options.anonymise) refuse([problem('study_not_anonymised', [], { format })]);
    else if (format === 'itas-assessment') {
      const r = restoreAssessment(value);
      if (!r.ok) refuse(r.problems);
      else if (!r.value.firm) refuse([problem('study_no_firm', ['firm'])]);
      else add(anonymised(r.value), []);
    } else if (format === 'itas-backup') {
      const r = restoreBackup(value);
      if (!r.ok) refuse(r.problems);
      else {
        for (const rejected of r.value.rejected) refuse(rejected.problems, rejected.path);
        r.value.assessments.forEach((a, i) => {
          if (a.draft) return; // a trial of a draft questionnaire is nobody's assessment
          const path = ['assessments', i];
          if (a.workshop) add(anonymised(a, firmKeyOf(`workshop:${a.workshop.id}`)), path, i);
          else if (a.firm) add(anonymised(a), path);
        });
      }
    } else {
      const r = restoreWorkshopFile(value);
      if (!r.ok) refuse(r.problems);
      else {
        for (const rejected of r.value.rejected) refuse(rejected.problems, rejected.path);
        const key = firmKeyOf(`workshop:${r.value.workshop.id}`);
        r.value.participants.forEach((a, i) => add(anonymised(a, key), ['participants', i], i));
      }
    }
  } else refuse([problem('study_unknown_file', [], { found: format ?? '' })]);
  if (into.entries.length > before) into.files++;
}

/** The hand-overs in the files given (each its name and its parsed content). */
export function takeIn(files: { name: string; value: unknown }[], options: IntakeOptions): Intake {
  const out = emptyIntake();
  for (const { name, value } of files) takeInFile(out, name, value, options);
  return out;
}
