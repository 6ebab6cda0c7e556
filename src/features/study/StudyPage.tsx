import { catalog, profileDefinition } from 'virtual:questionnaires';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/study-texts';
import '../../i18n/results-texts';
import './study.css';
import { useLang } from '../../i18n/use-lang';
import type { Lang } from '../../core/common/text';
import { formatPath } from '../../core/common/problems';
import { levelText, percentText } from '../../core/present/format';
import { cutLevel, levelOf } from '../../core/scoring/scoring';
import { portfolioAxesOf } from '../../core/scoring/portfolio';
import { dataPoints, SEGMENT_AXES, type SegmentAxis } from '../../core/study/panel';
import {
  regionalStudy,
  type QuestionnaireStudy,
  type RegionalStudy,
  type SegmentFigures,
  type Spread,
} from '../../core/study/aggregate';
import type { KnownQuestionnaire } from '../../core/study/intake';
import { studyNames, type StudyNames } from '../../core/study/names';
import {
  downloadBenchmark,
  downloadStudyReport,
  downloadStudySpreadsheet,
  knownQuestionnaires,
  takeInFiles,
  tierOptions,
  useStudyStore,
} from '../../state/study';
import { reportT } from '../../state/report-download';
import { ProgressBar } from '../../ui/ProgressBar';
import { Table } from '../../ui/Table';
import { FileButton } from '../shared/FileButton';
import { useProblemText } from '../shared/problem-text';
import type { Quadrant } from '../../core/scoring/plan';

/** The initiative's workspace for the regional study: files in, figures by segment, outputs. */
export default function StudyPage() {
  const { t } = useTranslation('study');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const intake = useStudyStore((s) => s.intake);
  const [known, setKnown] = useState<Map<string, KnownQuestionnaire> | null>(null);
  useEffect(() => {
    let live = true;
    void knownQuestionnaires().then((k) => live && setKnown(k));
    return () => {
      live = false;
    };
  }, []);
  const points = useMemo(() => dataPoints(intake.entries), [intake]);
  const questionnaires = useMemo(
    () => (known ? [...known.values()].map((k) => k.questionnaire) : []),
    [known],
  );
  const study = useMemo(
    () =>
      known ? regionalStudy(points, questionnaires, tierOptions(), portfolioAxesOf(catalog)) : null,
    [known, points, questionnaires],
  );
  const names = useMemo(
    () => studyNames(questionnaires, profileDefinition, lang, reportT(lang)),
    [questionnaires, lang],
  );

  return (
    <section className="panel study" aria-labelledby="study-title">
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1 id="study-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <Intake />
      {!study ? (
        <p className="loading">{tc('loading')}</p>
      ) : intake.entries.length + intake.refused.length === 0 ? (
        <p data-testid="study-empty">{t('summary.empty')}</p>
      ) : (
        <>
          <Summary points={points.length} />
          {study.questionnaires
            .filter((q) => points.some((p) => p.questionnaire === q.questionnaire))
            .map((q) => (
              <QuestionnaireFigures key={q.questionnaire} q={q} names={names} lang={lang} />
            ))}
          <RegionPortfolio study={study} names={names} />
          <Outputs study={study} names={names} points={points.length} lang={lang} />
        </>
      )}
    </section>
  );
}

function Intake() {
  const { t } = useTranslation('study');
  const inputId = useId();
  const anonymiseId = useId();
  const progress = useStudyStore((s) => s.progress);
  const [anonymise, setAnonymise] = useState(false);
  const [message, setMessage] = useState('');
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  async function read(files: File[]) {
    if (files.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage('');
    const done = await takeInFiles(files, anonymise, controller.signal);
    setMessage(done ? t('import.done', { count: files.length }) : t('import.cancelled'));
  }

  return (
    <section aria-labelledby="study-import" className="study-import">
      <h2 id="study-import">{t('import.title')}</h2>
      <p className="help">{t('import.help')}</p>
      <label htmlFor={anonymiseId} className={`choice${anonymise ? ' is-selected' : ''}`}>
        <input
          id={anonymiseId}
          type="checkbox"
          checked={anonymise}
          onChange={(e) => setAnonymise(e.target.checked)}
        />
        <span className="choice-text choice-label">{t('import.anonymise')}</span>
      </label>
      <p className="help">{t('import.anonymiseHelp')}</p>
      {progress ? (
        <div className="study-progress" data-testid="study-progress">
          <ProgressBar ratio={progress.done / progress.total} label={t('import.progressLabel')} />
          <span>{t('import.progress', progress)}</span>
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t('import.cancel')}
          </button>
        </div>
      ) : (
        <>
          <label htmlFor={inputId} className="button primary">
            {t('import.choose')}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            multiple
            accept=".json,application/json"
            data-testid="study-files"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              void read(files);
            }}
          />
        </>
      )}
      <p role="status" className="help">
        {message}
      </p>
    </section>
  );
}

function Summary({ points }: { points: number }) {
  const { t } = useTranslation('study');
  const intake = useStudyStore((s) => s.intake);
  const clear = useStudyStore((s) => s.clear);
  const describe = useProblemText();
  return (
    <section aria-labelledby="study-summary">
      <h2 id="study-summary">{t('summary.title')}</h2>
      <p data-testid="study-counts">
        {t('summary.counts', {
          files: intake.files,
          entries: intake.entries.length,
          points,
        })}
      </p>
      <p className="help">{t('summary.rule')}</p>
      {intake.refused.length > 0 && (
        <details className="study-refused" data-testid="study-refused">
          <summary>{t('summary.refused', { count: intake.refused.length })}</summary>
          <ul>
            {intake.refused.map((r, i) => (
              <li key={i}>
                <strong>
                  {r.file}
                  {r.path.length > 0 && ` ${formatPath(r.path)}`}
                </strong>
                : {r.problems.slice(0, 3).map(describe).join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="button" onClick={clear}>
        {t('summary.clear')}
      </button>
    </section>
  );
}

const at = (score: number) => `${((levelOf(score) - 0) / 5) * 100}%`;

function BoxRow({ name, spread, lang }: { name: string; spread: Spread | null; lang: Lang }) {
  const { t } = useTranslation('study');
  const level = (score: number) => levelText(cutLevel(levelOf(score)), lang);
  return (
    <li className="box-row">
      <span className="field-name">{name}</span>
      {spread ? (
        <>
          <span className="field-track box-track" aria-hidden="true">
            <span
              className="box-whisker"
              style={{ left: at(spread.min), right: `calc(100% - ${at(spread.max)})` }}
            />
            <span
              className="box-box"
              style={{ left: at(spread.q1), right: `calc(100% - ${at(spread.q3)})` }}
            />
            <span className="box-median" style={{ left: at(spread.median) }} />
          </span>
          <span className="field-value">
            {t('figures.row', {
              median: level(spread.median),
              q1: level(spread.q1),
              q3: level(spread.q3),
              min: level(spread.min),
              max: level(spread.max),
              n: spread.n,
            })}
          </span>
        </>
      ) : (
        <span className="field-value suppressed">{t('figures.fieldTooFew')}</span>
      )}
    </li>
  );
}

function SegmentBlock({
  q,
  s,
  names,
  lang,
}: {
  q: QuestionnaireStudy;
  s: SegmentFigures;
  names: StudyNames;
  lang: Lang;
}) {
  const { t } = useTranslation('study');
  const name = names.segment(s.segment);
  const id = `seg-${q.questionnaire}-${s.segment.axis}-${s.segment.band}`.replace(/[^\w-]/g, '_');
  return (
    <div
      className="study-segment"
      data-testid="study-segment"
      data-segment={`${s.segment.axis}:${s.segment.band}`}
    >
      <h3 id={id}>
        {name}{' '}
        <span className="meta">
          · {s.n === null ? t('figures.tooFew') : t('figures.firms', { count: s.n })}
        </span>
      </h3>
      {s.n !== null && (
        <figure className="chart field-chart box-chart">
          <figcaption>
            {t('figures.caption', { segment: name })}{' '}
            <span className="meta">({t('figures.scale')})</span>
          </figcaption>
          <ol className="field-rows">
            <BoxRow name={t('figures.overall')} spread={s.overall} lang={lang} />
            {Object.entries(s.dimensions).map(([d, spread]) => (
              <BoxRow key={d} name={names.field(q.questionnaire, d)} spread={spread} lang={lang} />
            ))}
          </ol>
        </figure>
      )}
      {s.n !== null && <LevelShares q={q} s={s} names={names} label={name} />}
    </div>
  );
}

const LEVELS = [1, 2, 3, 4, 5];

/** The share of firms on each level, per field: a table, folded away until asked for. */
function LevelShares({
  q,
  s,
  names,
  label,
}: {
  q: QuestionnaireStudy;
  s: SegmentFigures;
  names: StudyNames;
  label: string;
}) {
  const { t } = useTranslation('study');
  const rows: [string, Spread | null][] = [
    [t('figures.overall'), s.overall],
    ...Object.entries(s.dimensions).map(([d, spread]): [string, Spread | null] => [
      names.field(q.questionnaire, d),
      spread,
    ]),
  ];
  return (
    <details className="study-levels">
      <summary>{t('figures.levelsTitle')}</summary>
      <Table
        label={`${t('figures.levelsTitle')}: ${label}`}
        className="dimension-table stack-table study-levels-table"
        head={[t('figures.field'), ...LEVELS.map((level) => t('figures.level', { level }))]}
      >
        {rows.map(([name, spread]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {spread ? (
              spread.levels.map((share, i) => (
                <td key={i} data-label={t('figures.level', { level: i + 1 })}>
                  {percentText(share)} %
                </td>
              ))
            ) : (
              <td colSpan={5}>{t('figures.fieldTooFew')}</td>
            )}
          </tr>
        ))}
      </Table>
    </details>
  );
}

function QuestionnaireFigures({
  q,
  names,
  lang,
}: {
  q: QuestionnaireStudy;
  names: StudyNames;
  lang: Lang;
}) {
  const { t } = useTranslation('study');
  const [axis, setAxis] = useState<SegmentAxis | 'all'>('all');
  const selectId = useId();
  const title = names.questionnaire(q.questionnaire);
  const headingId = `study-q-${q.questionnaire}`;
  const shown = q.segments.filter((s) => s.segment.axis === axis);
  const list = (
    key: 'flags' | 'priorities' | 'dontKnow',
    items: QuestionnaireStudy['flags' | 'priorities' | 'dontKnow'],
    name: (id: string) => string,
  ) => (
    <div className="study-list">
      <h3 id={`${headingId}-${key}`}>{t(`lists.${key}`)}</h3>
      {key !== 'flags' && <p className="help">{t(`lists.${key}Help`)}</p>}
      {items.length === 0 ? (
        <p>{t('lists.none')}</p>
      ) : (
        <ol data-testid={`study-${key}`}>
          {items.slice(0, 10).map((c) => (
            <li key={c.id}>
              {t('lists.item', { name: name(c.id), firms: c.firms, share: percentText(c.share) })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
  return (
    <section aria-labelledby={headingId} className="study-questionnaire" data-testid="study-q">
      <h2 id={headingId}>{title}</h2>
      {q.firms === null ? (
        <p>{t('figures.tooFewAll')}</p>
      ) : (
        <>
          <p>
            {t('figures.firms', { count: q.firms })} ·{' '}
            {t('figures.versions', { versions: q.versions.join(', ') })}
          </p>
          <div className="field-row-inline">
            <label htmlFor={selectId}>{t('figures.segmentBy')}</label>{' '}
            <select
              id={selectId}
              value={axis}
              onChange={(e) => setAxis(e.target.value as SegmentAxis | 'all')}
            >
              {(['all', ...SEGMENT_AXES] as const).map((a) => (
                <option key={a} value={a}>
                  {names.axis(a)}
                </option>
              ))}
            </select>
          </div>
          {shown.map((s) => (
            <SegmentBlock key={s.segment.band} q={q} s={s} names={names} lang={lang} />
          ))}
          <p className="help">{t('lists.only5')}</p>
          {list('flags', q.flags, (id) => names.flag(q.questionnaire, id))}
          {list('priorities', q.priorities, (id) => names.field(q.questionnaire, id))}
          {list('dontKnow', q.dontKnow, (id) => names.question(q.questionnaire, id))}
        </>
      )}
    </section>
  );
}

function RegionPortfolio({ study, names }: { study: RegionalStudy; names: StudyNames }) {
  const { t } = useTranslation('study');
  const p = study.portfolio;
  if (!p) return null;
  return (
    <section aria-labelledby="study-portfolio" data-testid="study-portfolio">
      <h2 id="study-portfolio">{t('portfolio.title')}</h2>
      <p className="help">{t('portfolio.help')}</p>
      {p.firms === null ? (
        <p>{t('portfolio.tooFew')}</p>
      ) : (
        <>
          <p>{t('portfolio.firms', { count: p.firms })}</p>
          <ul className="study-quadrants">
            {(Object.keys(p.quadrants) as Quadrant[]).map((q) => {
              const count = p.quadrants[q];
              const name = names.quadrant(q);
              return (
                <li key={q} className={`quadrant-${q}`}>
                  {count === null
                    ? t('portfolio.hidden', { name })
                    : t('portfolio.quadrant', { name, count })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function Outputs({
  study,
  names,
  points,
  lang,
}: {
  study: RegionalStudy;
  names: StudyNames;
  points: number;
  lang: Lang;
}) {
  const { t } = useTranslation('study');
  const intake = useStudyStore((s) => s.intake);
  const published = study.questionnaires.some((q) => q.firms !== null);
  if (!published) return null;
  return (
    <section aria-labelledby="study-out">
      <h2 id="study-out">{t('out.title')}</h2>
      <p className="help">{t('out.help')}</p>
      <div className="button-row">
        <FileButton
          primary
          label={t('out.sheet')}
          busyLabel={t('out.sheetBusy')}
          failedText={t('out.sheetFailed')}
          run={() =>
            downloadStudySpreadsheet({
              study,
              names,
              lang,
              files: intake.files,
              entries: intake.entries.length,
              points,
            })
          }
        />
        <FileButton
          label={t('report.download')}
          busyLabel={t('report.busy')}
          failedText={t('report.failed')}
          run={() => downloadStudyReport({ study, names, lang, files: intake.files, points })}
        />
        <button type="button" className="button" onClick={() => downloadBenchmark(study)}>
          {t('out.benchmark')}
        </button>
      </div>
      <p className="help">{t('out.benchmarkHelp')}</p>
    </section>
  );
}
