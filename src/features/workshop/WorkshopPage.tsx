import { catalog, profileDefinition } from 'virtual:questionnaires';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Answers } from '../../core/records/answers';
import type { Role } from '../../core/records/assessment';
import { localize } from '../../core/common/text';
import { newParticipant, type Workshop } from '../../core/records/workshop';
import { useAssessmentStore } from '../../state/assessment-store';
import { newId, now } from '../../state/clock';
import { finishTurn } from '../../state/workshops';
import { RoleStep } from '../shared/RoleStep';
import { FormButtons } from '../../ui/FormButtons';
import { useLang } from '../../i18n/use-lang';
import { ProfileForm } from '../shared/ProfileForm';
import { readSession, writeSession } from '../../state/workshop-session';
import { useParticipantSummaries, useWorkshop } from '../../state/use-workshop';
import { WorkshopMissing } from './WorkshopMissing';
import '../../i18n/workshop-texts';

type Step = 'welcome' | 'role' | 'profile' | 'inProgress' | 'saving' | 'thanks';

export default function WorkshopPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const state = useWorkshop(workshopId);
  const missing = state.status === 'missing';
  useEffect(() => {
    // A session for a workshop that is gone (deleted elsewhere) must not lock the device.
    if (missing && readSession()?.workshop === workshopId) writeSession(null);
  }, [missing, workshopId]);
  if (state.status === 'loading') return <p className="loading">{tc('loading')}</p>;
  if (state.status === 'missing') return <WorkshopMissing />;
  const { workshop } = state;
  if (workshop.status === 'closed')
    return (
      <section className="panel narrow workshop">
        <p className="eyebrow">{t('participant.eyebrow', { name: workshop.name })}</p>
        <h1>{workshop.name}</h1>
        <p>{t('closed.text')}</p>
        <div className="button-row">
          <a className="button" href={hrefOf({ name: 'workshops' })}>
            {t('closed.toList')}
          </a>
          <a className="button primary" href={hrefOf({ name: 'facilitator', workshopId })}>
            {t('closed.view')}
          </a>
        </div>
      </section>
    );
  return <Turn workshop={workshop} />;
}

function initialStep(workshopId: string): Step {
  const session = readSession();
  if (session?.workshop !== workshopId || !session.participant) return 'welcome';
  return session.handover ? 'saving' : 'inProgress';
}

/** One participant's turn: welcome, role, optional profile; and the handover when they finish. */
function Turn({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  const { t: tf } = useTranslation('firm');
  const lang = useLang();
  const entry = catalog.find((q) => q.id === workshop.questionnaireId);
  const participants = useParticipantSummaries(workshop.id);
  const finished = participants.filter((p) => p.finished).length;
  const [step, setStep] = useState<Step>(() => initialStep(workshop.id));
  const [role, setRole] = useState<Role | null>(null);
  const [profile, setProfile] = useState<Answers>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step !== 'saving') return;
    const participant = readSession()?.participant;
    let live = true;
    void (participant ? finishTurn(workshop.id, participant) : Promise.resolve()).then(() => {
      if (live) setStep('thanks');
    });
    return () => {
      live = false;
    };
  }, [step, workshop.id]);

  useEffect(() => {
    // Each step starts at its heading, for keyboard and screen-reader users.
    heading.current?.focus({ preventScroll: true });
  }, [step]);

  /** Starts the participant's assessment with `answers` as its profile (none when skipped). */
  const begin = async (answers: Answers) => {
    if (!role || busy || !entry) return;
    setBusy(true);
    const questionnaire = await entry.load();
    const assessment = newParticipant({
      id: newId(),
      workshop,
      role,
      profile: answers,
      questionnaire,
      profileDefinition,
      now: now(),
    });
    useAssessmentStore.getState().replace(assessment);
    writeSession({ workshop: workshop.id, participant: assessment.id });
    navigate({ name: 'answer', id: assessment.id, dimension: 0 }, { replace: true });
  };

  const restart = () => {
    setRole(null);
    setProfile({});
    setError(null);
    setStep('welcome');
  };

  const title = entry ? localize(entry.title, lang) : workshop.questionnaireId;
  const facilitatorLink = (
    <p className="workshop-facilitator-link">
      <a href={hrefOf({ name: 'facilitator', workshopId: workshop.id })}>
        {t('participant.toFacilitator')}
      </a>
    </p>
  );

  return (
    <section className="panel narrow workshop" data-step={step}>
      <p className="eyebrow">{t('participant.eyebrow', { name: workshop.name })}</p>
      {step === 'welcome' && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.welcomeTitle')}
          </h1>
          <p className="lead">{title}</p>
          {entry && <p>{t('participant.duration', { minutes: entry.minutes })}</p>}
          <p>{t('participant.intro')}</p>
          <p>{t('participant.finishHint')}</p>
          <p className="meta" data-testid="workshop-finished">
            {t('participant.finishedCount', { count: finished })}
          </p>
          {entry ? (
            <div className="button-row">
              <button type="button" className="button primary" onClick={() => setStep('role')}>
                {t('participant.startTurn')}
              </button>
            </div>
          ) : (
            <p className="form-error">{tf('unknownQuestionnaire')}</p>
          )}
          {facilitatorLink}
        </>
      )}
      {step === 'role' && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.roleTitle')}
          </h1>
          <RoleStep
            name="participant-role"
            legend={tf('role')}
            help={t('participant.roleHelp')}
            role={role}
            onRole={setRole}
            error={error}
            back={restart}
            next={t('participant.toProfile')}
            onNext={() => {
              if (!role) return setError(t('participant.roleMissing'));
              setError(null);
              setStep('profile');
            }}
          />
        </>
      )}
      {step === 'profile' && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.profileTitle')}
          </h1>
          <p>{t('participant.profileIntro')}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => void begin({})}>
              {t('participant.skipProfile')}
            </button>
          </div>
          <ProfileForm
            definition={profileDefinition}
            answers={profile}
            now={now}
            onChange={(id, value) => setProfile((p) => ({ ...p, [id]: value }))}
          />
          <FormButtons
            back={() => setStep('role')}
            action={t('participant.startAnswering')}
            busy={busy}
            onAction={() => void begin(profile)}
          />
        </>
      )}
      {step === 'inProgress' && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.inProgressTitle')}
          </h1>
          <p>{t('participant.inProgressText')}</p>
          <p>{t('participant.finishHint')}</p>
          <div className="button-row">
            <a
              className="button"
              href={hrefOf({
                name: 'answer',
                id: readSession()?.participant ?? '',
                dimension: 0,
              })}
            >
              {t('participant.continue')}
            </a>
            <button type="button" className="button primary" onClick={() => setStep('saving')}>
              {t('participant.finish')}
            </button>
          </div>
          {facilitatorLink}
        </>
      )}
      {step === 'saving' && (
        <p className="loading" role="status">
          {t('participant.saving')}
        </p>
      )}
      {step === 'thanks' && (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {t('participant.thanksTitle')}
          </h1>
          <p role="status">{t('participant.thanksText')}</p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={restart}>
              {t('participant.next')}
            </button>
          </div>
          {facilitatorLink}
        </>
      )}
    </section>
  );
}
