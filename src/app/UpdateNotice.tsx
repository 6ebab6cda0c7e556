import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { whenIdle } from '../state/schedule';

/**
 * The installed app updates only when the person says so: a new version waits (and the old one
 * keeps working offline) until "update" is pressed, so nothing reloads during an assessment.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const updateSW = registerSW({
          onNeedRefresh: () => setUpdate(() => () => void updateSW(true)),
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
      <button type="button" className="button primary" onClick={update}>
        {t('update.now')}
      </button>
    </div>
  );
}
