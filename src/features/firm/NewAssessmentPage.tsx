import { catalog, profileDefinition } from 'virtual:questionnaires';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Answers } from '../../core/records/answers';
import { newAssessment, type Role } from '../../core/records/assessment';
import type { Firm } from '../../core/records/firm';
import { localize } from '../../core/common/text';
import { useAppStore } from '../../state/app-store';
import { useAssessmentStore } from '../../state/assessment-store';
import { newId, now } from '../../state/clock';
import { DeadEnd } from '../../ui/DeadEnd';
import { FormButtons } from '../../ui/FormButtons';
import { ChoiceField, TextField } from '../../ui/inputs';
import { RoleStep } from '../shared/RoleStep';
import { useLang } from '../../i18n/use-lang';
import { ProfileForm } from '../shared/ProfileForm';

const NEW_FIRM = '__new__';

export default function NewAssessmentPage({ questionnaireId }: { questionnaireId: string }) {
  const { t } = useTranslation('firm');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const firms = useAppStore((s) => s.firms);
  const putFirm = useAppStore((s) => s.putFirm);
  const entry = catalog.find((q) => q.id === questionnaireId);
  const firmList = Object.values(firms).sort((a, b) => a.name.localeCompare(b.name, lang));
  const [step, setStep] = useState<'who' | 'profile'>('who');
  const [firmChoice, setFirmChoice] = useState<string>(firmList[0]?.id ?? NEW_FIRM);
  const [firmName, setFirmName] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [profile, setProfile] = useState<Answers>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!entry) {
    return (
      <DeadEnd
        title={t('unknownQuestionnaire')}
        href={hrefOf({ name: 'start' })}
        link={tc('error.toStart')}
      />
    );
  }

  const toProfile = () => {
    if (firmChoice === NEW_FIRM && !firmName.trim()) return setError(t('nameMissing'));
    if (!role) return setError(t('roleMissing'));
    setError(null);
    setProfile(firmChoice === NEW_FIRM ? {} : (firms[firmChoice]?.profile ?? {}));
    setStep('profile');
  };

  const start = async () => {
    if (!role || busy) return;
    setBusy(true);
    const at = now();
    const existing = firmChoice === NEW_FIRM ? undefined : firms[firmChoice];
    const firm: Firm = existing
      ? { ...existing, profile, updatedAt: at }
      : { id: newId(), name: firmName.trim(), profile, createdAt: at, updatedAt: at };
    await putFirm(firm);
    const questionnaire = await entry.load();
    const assessment = newAssessment({
      id: newId(),
      at,
      owner: { firm: { id: firm.id, name: firm.name } },
      role,
      profile,
      questionnaire,
      profileDefinition,
    });
    useAssessmentStore.getState().replace(assessment);
    navigate({ name: 'answer', id: assessment.id, dimension: 0 }, { replace: true });
  };

  return (
    <section className="panel narrow">
      <p className="eyebrow">{localize(entry.title, lang)}</p>
      {step === 'who' ? (
        <>
          <h1>{t('whoTitle')}</h1>
          <ChoiceField
            name="firm"
            legendId="firm-choice-label"
            legend={t('firm')}
            selected={firmChoice}
            onSelect={setFirmChoice}
            options={[
              ...firmList.map((f) => ({ value: f.id, label: f.name })),
              { value: NEW_FIRM, label: t('newFirm') },
            ]}
          >
            {firmChoice === NEW_FIRM && (
              <TextField
                id="firm-name"
                label={t('firmName')}
                value={firmName}
                autoComplete="organization"
                onChange={setFirmName}
              />
            )}
          </ChoiceField>
          <RoleStep
            name="role"
            legend={t('role')}
            help={t('roleHelp')}
            role={role}
            onRole={setRole}
            error={error}
            back={hrefOf({ name: 'start' })}
            next={t('toProfile')}
            onNext={toProfile}
          />
        </>
      ) : (
        <>
          <h1>{t('profileTitle')}</h1>
          <p>{t('profileIntro')}</p>
          <ProfileForm
            definition={profileDefinition}
            answers={profile}
            now={now}
            onChange={(id, value) => setProfile((p) => ({ ...p, [id]: value }))}
          />
          <FormButtons
            back={() => setStep('who')}
            action={t('startAnswering')}
            busy={busy}
            onAction={() => void start()}
          />
        </>
      )}
    </section>
  );
}
