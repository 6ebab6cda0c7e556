import { profileDefinition } from 'virtual:questionnaires';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import type { Answers } from '../../core/records/answers';
import { isDone } from '../../core/scoring/summary';
import { useAppStore } from '../../state/app-store';
import { updateProfileOf } from '../../state/assessment-actions';
import { now } from '../../state/clock';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/inputs';
import { ProfileForm } from '../shared/ProfileForm';

export default function FirmPage({ firmId }: { firmId: string }) {
  const { t } = useTranslation('firm');
  const { t: tc } = useTranslation();
  const firm = useAppStore((s) => s.firms[firmId]);
  const status = useAppStore((s) => s.status);
  const summaries = useAppStore((s) => s.summaries);
  const putFirm = useAppStore((s) => s.putFirm);
  const [name, setName] = useState<string | null>(null);
  const [profile, setProfile] = useState<Answers | null>(null);
  const [asking, setAsking] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);

  if (!firm) {
    return (
      <section className="panel">
        {status === 'loading' ? <p>{tc('loading')}</p> : <h1>{t('unknownFirm')}</h1>}
      </section>
    );
  }
  const currentName = name ?? firm.name;
  const currentProfile = profile ?? firm.profile;
  const unfinished = Object.values(summaries)
    .filter((s) => s.firm?.id === firmId && !isDone(s))
    .map((s) => s.id);

  const save = async () => {
    await putFirm({
      ...firm,
      name: currentName.trim() || firm.name,
      profile: currentProfile,
      updatedAt: now(),
    });
    setSaved(true);
    if (unfinished.length) setAsking(unfinished);
  };

  return (
    <section className="panel narrow">
      <h1>{t('editTitle', { name: firm.name })}</h1>
      <TextField id="firm-name" label={t('firmName')} value={currentName} onChange={setName} />
      <ProfileForm
        definition={profileDefinition}
        answers={currentProfile}
        now={now}
        onChange={(id, value) => {
          setSaved(false);
          setProfile({ ...currentProfile, [id]: value });
        }}
      />
      <div className="button-row">
        <a className="button" href={hrefOf({ name: 'start' })}>
          {tc('action.back')}
        </a>
        <button type="button" className="button primary" onClick={() => void save()}>
          {tc('action.save')}
        </button>
        {saved && (
          <span role="status" className="saved-note">
            {t('saved')}
          </span>
        )}
      </div>
      <Dialog
        open={asking !== null}
        title={t('updateTitle')}
        onClose={() => setAsking(null)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('updateNo')}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => {
                void updateProfileOf(asking ?? [], currentProfile);
                setAsking(null);
              }}
            >
              {t('updateYes')}
            </button>
          </>
        }
      >
        <p>{t('updateText', { count: asking?.length ?? 0 })}</p>
      </Dialog>
    </section>
  );
}
