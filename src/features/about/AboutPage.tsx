import { useState } from 'react';
import { namesOperator } from '../../core/common/hosting';
import { OperatorLogo } from '../shared/OperatorLogo';
import { useHosting } from '../../state/hosting';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/settings-texts';
import { hrefOf } from '../../navigation/routes';
import '../../i18n/preview-texts';
import { APP_VERSION } from '../../core/common/version';

/** The third-party licence notices, loaded when the section is opened. */
function Licences() {
  const { t } = useTranslation('settings');
  const [text, setText] = useState<string | null>(null);
  return (
    <details
      className="licences"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && text === null)
          void import('virtual:licences').then((m) => setText(m.default));
      }}
    >
      <summary>{t('about.licences')}</summary>
      <p>{t('about.licencesText')}</p>
      {text === null ? (
        <p>{t('about.licencesLoading')}</p>
      ) : (
        <pre className="licence-text">{text}</pre>
      )}
    </details>
  );
}

export default function AboutPage() {
  const { t } = useTranslation('settings');
  const { t: tp } = useTranslation('preview');
  const loaded = useHosting();
  // Without the host's details, this copy is run locally.
  const hosting =
    loaded === undefined ? undefined : loaded && namesOperator(loaded) ? loaded : null;
  return (
    <section className="panel narrow about">
      <h1>{t('about.title')}</h1>
      <p className="lead">{t('about.what')}</p>
      <h2>{t('about.storedTitle')}</h2>
      <p>{t('about.stored')}</p>
      <h2>{t('about.sentTitle')}</h2>
      <p>{t('about.sent')}</p>
      <h2>{t('about.backupTitle')}</h2>
      <p>{t('about.backup')}</p>
      <p className="link-line">
        <a href={hrefOf({ name: 'settings' })}>{t('about.toSettings')}</a>
      </p>
      <h2>{t('about.initiativeTitle')}</h2>
      <p>{t('about.initiative')}</p>
      <p className="link-line">
        <a href="https://itas-projekt.de" rel="noopener noreferrer" target="_blank">
          itas-projekt.de
        </a>
      </p>
      <p className="link-line">
        <a href={hrefOf({ name: 'study' })}>{t('about.toStudy')}</a>
      </p>
      <h2>{t('about.hostTitle')}</h2>
      {hosting === undefined ? null : hosting === null ? (
        <p data-testid="hosting">{t('about.local')}</p>
      ) : (
        <div data-testid="hosting">
          <OperatorLogo hosting={hosting} className="contact-logo" />
          {hosting.operator && <p>{hosting.operator}</p>}
          {hosting.address && <p className="pre-line">{hosting.address}</p>}
          {hosting.email && <p>{t('about.email', { email: hosting.email })}</p>}
          {hosting.imprintUrl && (
            <p>
              <a href={hosting.imprintUrl} rel="noopener noreferrer" target="_blank">
                {t('about.imprint')}
              </a>
            </p>
          )}
          {hosting.privacyUrl && (
            <p>
              <a href={hosting.privacyUrl} rel="noopener noreferrer" target="_blank">
                {t('about.privacy')}
              </a>
            </p>
          )}
        </div>
      )}
      <h2>{t('about.versionTitle')}</h2>
      <p data-testid="app-version">{t('about.version', { version: APP_VERSION })}</p>
      <Licences />
      <p className="help link-line">
        <a href={hrefOf({ name: 'preview' })}>{tp('link')}</a>
      </p>
    </section>
  );
}
