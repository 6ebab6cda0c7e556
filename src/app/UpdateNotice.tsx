import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { whenIdle } from '../state/schedule';
import { useLang } from '../i18n/use-lang';

interface Release {
  version: string;
  whatsNew: { de: string; en: string };
}

/**
 * What the waiting version says is new (its version.json, from the server: a query the offline
 * copy does not hold makes the request go past it); null offline or from an older server.
 */
async function newRelease(): Promise<Release | null> {
  try {
    const response = await fetch(`./version.json?new=${Date.now()}`, { cache: 'no-store' });
    const data = (await response.json()) as Partial<Release>;
    return typeof data.version === 'string' &&
      typeof data.whatsNew?.de === 'string' &&
      typeof data.whatsNew.en === 'string'
      ? (data as Release)
      : null;
  } catch {
    return null;
  }
}

/**
 * The installed app updates only when the person says so: a new version waits (and the old one
 * keeps working offline) until "update" is pressed, so nothing reloads during an assessment.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [release, setRelease] = useState<Release | null>(null);
  const lang = useLang();
  useEffect(() => {
    if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const updateSW = registerSW({
          onNeedRefresh: () => {
            setUpdate(() => () => void updateSW(true));
            void newRelease().then(setRelease);
          },
        });
      });
    // Installing copies every file of the app for offline use: that waits until the screen
    // opened is drawn and the device is idle, so it does not slow the start on a weak device.
    const idle = () => whenIdle(register, 3000);
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  }, []);
  if (!update) return null;
  return (
    <div className="banner banner-info no-print" role="status">
      <p>{t('update.ready')}</p>
      {release && (
        <p data-testid="whats-new">
          {t('update.whatsNew', { version: release.version, text: release.whatsNew[lang] })}
        </p>
      )}
      <button type="button" className="button primary" onClick={update}>
        {t('update.now')}
      </button>
    </div>
  );
}
