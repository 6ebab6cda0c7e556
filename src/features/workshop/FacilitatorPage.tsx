import { catalog } from 'virtual:questionnaires';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Comparison } from '../../core/compare/compare';
import { localize } from '../../core/common/text';
import {
  pinMatches,
  workshopAggregate,
  workshopFile,
  type Workshop,
} from '../../core/records/workshop';
import { now } from '../../state/clock';
import { leaveWorkshop } from '../../state/workshops';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { Table } from '../../ui/Table';
import { FieldChart } from '../shared/FieldChart';
import { downloadFile, fileSlug } from '../../transfer/download';
import { FileButton } from '../shared/FileButton';
import { levelText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { useParticipants, useParticipantSummaries, useWorkshop } from '../../state/use-workshop';
import { FormError } from '../../ui/FormError';
import { PinField } from './PinField';
import { WorkshopMissing } from './WorkshopMissing';
import '../../i18n/workshop-texts';
import { withAppVersion } from '../../core/common/version';

export default function FacilitatorPage({ workshopId }: { workshopId: string }) {
  const { t: tc } = useTranslation();
  const state = useWorkshop(workshopId);
  // The participants are read while the workshop's record is read, not after it.
  const read = useParticipants(workshopId);
  // Unlocked for this visit only: leaving the view locks it again.
  const [unlocked, setUnlocked] = useState(false);
  if (state.status === 'loading') return <p className="loading">{tc('loading')}</p>;
  if (state.status === 'missing') return <WorkshopMissing />;
  const { workshop } = state;
  if (workshop.status === 'running' && workshop.pin && !unlocked)
    return <PinGate workshop={workshop} onUnlock={() => setUnlocked(true)} />;
  return <Facilitator workshop={workshop} read={read} />;
}

function PinGate({ workshop, onUnlock }: { workshop: Workshop; onUnlock(): void }) {
  const { t } = useTranslation('workshop');
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pinMatches(workshop, pin)) onUnlock();
    else {
      setWrong(true);
      setPin('');
    }
  };
  return (
    <section className="panel narrow workshop">
      <p className="eyebrow">{t('participant.eyebrow', { name: workshop.name })}</p>
      <h1>{t('facilitator.pinTitle')}</h1>
      <form onSubmit={submit} className="pin-form">
        <PinField
          id="facilitator-pin"
          label={t('facilitator.pinLabel')}
          help={t('facilitator.pinHelp')}
          invalid={wrong}
          value={pin}
          onChange={setPin}
        />
        <FormError>{wrong && t('facilitator.pinWrong')}</FormError>
        <div className="button-row">
          <a className="button" href={hrefOf({ name: 'workshop', workshopId: workshop.id })}>
            {t('facilitator.back')}
          </a>
          <button type="submit" className="button primary">
            {t('facilitator.unlock')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Facilitator({
  workshop,
  read,
}: {
  workshop: Workshop;
  read: ReturnType<typeof useParticipants>;
}) {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const summaries = useParticipantSummaries(workshop.id);
  const participants = read?.participants ?? null;
  const unreadable = read?.problems.length ?? 0;
  const [leaving, setLeaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const running = workshop.status === 'running';

  const aggregate = useMemo(
    () => (participants ? workshopAggregate(workshop, participants) : null),
    [workshop, participants],
  );
  const questionnaireTitle =
    catalog.find((q) => q.id === workshop.questionnaireId)?.title ?? aggregate?.questionnaire.title;
  const finished = summaries.filter((s) => s.finished).length;
  const ids = summaries.map((s) => s.id);

  const exportFile = () => {
    if (!participants) return;
    const at = now();
    downloadFile(
      `workshop-${fileSlug(workshop.name)}-${at.slice(0, 10)}.json`,
      JSON.stringify(withAppVersion(workshopFile(workshop, participants, at)), null, 2),
    );
  };

  const leave = async (keep: boolean) => {
    await leaveWorkshop(workshop, ids, keep);
    navigate({ name: 'workshops' }, { replace: true });
  };

  return (
    <section className="panel workshop" aria-labelledby="facilitator-title">
      <p className="eyebrow">
        {t('facilitator.eyebrow')}
        {!running && ` · ${t('facilitator.readOnly')}`}
      </p>
      <h1 id="facilitator-title">{workshop.name}</h1>
      {questionnaireTitle && <p className="lead">{localize(questionnaireTitle, lang)}</p>}
      <p data-testid="workshop-counts">
        {t('facilitator.counts', { finished, open: summaries.length - finished })}
      </p>
      {unreadable > 0 && (
        <p className="form-error">{t('facilitator.problems', { count: unreadable })}</p>
      )}

      <section aria-labelledby="aggregate-title">
        <h2 id="aggregate-title">{t('facilitator.aggregateTitle')}</h2>
        <p className="help">{t('facilitator.aggregateHelp')}</p>
        {participants === null ? (
          <p className="loading">{tc('loading')}</p>
        ) : aggregate ? (
          <>
            <FieldChart
              projector
              lang={lang}
              caption={t('facilitator.chartCaption')}
              points={aggregate.dimensions.map((d) => ({
                dimension: d.id,
                title: d.title,
                level: d.meanLevel,
                target: d.target,
              }))}
            />
            <AggregateTable aggregate={aggregate} />
          </>
        ) : (
          <p>{t('facilitator.noneYet')}</p>
        )}
      </section>

      {aggregate && (
        <section aria-labelledby="dont-know-title">
          <h2 id="dont-know-title">{t('facilitator.dontKnowTitle')}</h2>
          {aggregate.dontKnow.length === 0 ? (
            <p>{t('facilitator.noDontKnow')}</p>
          ) : (
            <ul className="workshop-dont-know" data-testid="dont-know">
              {aggregate.dontKnow.map((d) => (
                <li key={d.question} data-question={d.question}>
                  <span>{localize(d.text, lang)}</span>{' '}
                  <strong>{t('facilitator.dontKnowItem', { count: d.count, of: d.of })}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <div className="button-row">
        {running ? (
          <a className="button" href={hrefOf({ name: 'workshop', workshopId: workshop.id })}>
            {t('facilitator.back')}
          </a>
        ) : (
          <a className="button" href={hrefOf({ name: 'workshops' })}>
            {t('closed.toList')}
          </a>
        )}
        {aggregate && (
          <FileButton
            run={() =>
              import('../../state/spreadsheet-download').then((m) =>
                m.downloadWorkshopSpreadsheet(workshop, aggregate, lang),
              )
            }
            label={t('facilitator.sheet')}
            busyLabel={t('facilitator.sheetBusy')}
            failedText={t('facilitator.sheetFailed')}
          />
        )}
        <button type="button" className="button" disabled={!participants} onClick={exportFile}>
          {t('facilitator.export')}
        </button>
        {running ? (
          <button type="button" className="button danger" onClick={() => setLeaving(true)}>
            {t('facilitator.leave')}
          </button>
        ) : (
          <button type="button" className="button danger" onClick={() => setDeleting(true)}>
            {t('facilitator.deleteWorkshop')}
          </button>
        )}
      </div>

      <Dialog
        open={leaving}
        title={t('facilitator.leave')}
        onClose={() => setLeaving(false)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setLeaving(false)}>
              {tc('action.cancel')}
            </button>
            <button type="button" className="button" disabled={!participants} onClick={exportFile}>
              {t('facilitator.export')}
            </button>
            <button type="button" className="button danger" onClick={() => void leave(false)}>
              {t('facilitator.delete')}
            </button>
            <button type="button" className="button primary" onClick={() => void leave(true)}>
              {t('facilitator.keep')}
            </button>
          </>
        }
      >
        <p>{t('facilitator.leaveText', { count: summaries.length })}</p>
        <p>
          <strong>{t('facilitator.keep')}:</strong> {t('facilitator.keepHelp')}
        </p>
        <p>
          <strong>{t('facilitator.delete')}:</strong> {t('facilitator.deleteHelp')}
        </p>
      </Dialog>
      <ConfirmDialog
        open={deleting}
        title={t('facilitator.deleteTitle')}
        confirm={tc('action.delete')}
        cancel={tc('action.cancel')}
        onConfirm={() => void leave(false)}
        onCancel={() => setDeleting(false)}
      >
        <p>{t('facilitator.deleteText', { name: workshop.name, count: summaries.length })}</p>
      </ConfirmDialog>
    </section>
  );
}

function AggregateTable({ aggregate }: { aggregate: Comparison }) {
  const { t } = useTranslation('workshop');
  const lang = useLang();
  const score = (x: number | null) => (x === null ? '–' : scoreText(x));
  return (
    <Table
      label={t('facilitator.tableLabel')}
      className="dimension-table workshop-aggregate"
      testId="workshop-aggregate"
      head={[
        t('facilitator.col.dimension'),
        t('facilitator.col.mean'),
        t('facilitator.col.min'),
        t('facilitator.col.max'),
        t('facilitator.col.level'),
        t('facilitator.col.agreement'),
      ]}
      foot={
        <tr data-dimension="overall">
          <th scope="row">{t('facilitator.overall')}</th>
          <td data-stat="mean">{score(aggregate.overall.mean)}</td>
          <td data-stat="min">{score(aggregate.overall.min)}</td>
          <td data-stat="max">{score(aggregate.overall.max)}</td>
          <td />
          <td />
        </tr>
      }
    >
      {aggregate.dimensions.map((d) => (
        <tr key={d.id} data-dimension={d.id}>
          <th scope="row">
            <span className="dim-id">{d.id}</span> {localize(d.title, lang)}
          </th>
          <td data-stat="mean">{score(d.mean)}</td>
          <td data-stat="min">{score(d.min)}</td>
          <td data-stat="max">{score(d.max)}</td>
          <td data-stat="level">{d.meanLevel === null ? '–' : levelText(d.meanLevel, lang)}</td>
          <td data-stat="agreement">
            {d.disagreement ? (
              <strong className="workshop-disagree">{t('facilitator.disagree')}</strong>
            ) : (
              t('facilitator.agree')
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
