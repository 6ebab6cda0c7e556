import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/settings-texts';
import { exportAllData } from '../../state/export-all';
import { setLanguage } from '../../i18n';
import { useAppStore } from '../../state/app-store';
import { deleteAllData } from '../../state/delete-all';
import { Dialog } from '../../ui/Dialog';
import { APP_VERSION } from '../../core/common/version';
import { ImportButton } from '../shared/ImportButton';
import { ChoiceField } from '../../ui/inputs';
import { useLang } from '../../i18n/use-lang';
import type { Benchmark } from '../../core/study/benchmark';
import { monthText } from '../../core/present/format';
import { removeStoredBenchmark, storedBenchmark } from '../../state/benchmark';

function formatBytes(bytes: number, lang: string) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const storageKind = useAppStore((s) => s.storageKind);
  const count = useAppStore((s) => Object.keys(s.summaries).length);
  const firmCount = useAppStore((s) => Object.keys(s.firms).length);
  const [usage, setUsage] = useState<{ used: string; free: string | null } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [askedPersist, setAskedPersist] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => {
      if (e.usage === undefined) return;
      const free = e.quota === undefined ? null : Math.max(0, e.quota - e.usage);
      setUsage({
        used: formatBytes(e.usage, lang),
        free: free === null ? null : formatBytes(free, lang),
      });
    });
    void navigator.storage?.persisted?.().then(setPersisted);
  }, [lang, count]);

  /** Asks the browser again to keep the data (it may ask the person, or say no). */
  const askPersist = async () => {
    const granted = await navigator.storage?.persist?.().catch(() => false);
    setPersisted(!!granted);
    setAskedPersist(true);
  };

  const deleteAll = async () => {
    await deleteAllData();
    setConfirming(false);
    setDeleted(true);
  };

  return (
    <section className="panel narrow">
      <h1>{t('title')}</h1>

      <ChoiceField
        name="language"
        legendId="lang-label"
        legend={t('language')}
        selected={lang}
        onSelect={(v) => void setLanguage(v === 'en' ? 'en' : 'de')}
        options={[
          { value: 'de', label: <span lang="de">Deutsch</span> },
          { value: 'en', label: <span lang="en">English</span> },
        ]}
      />

      <h2>{t('dataTitle')}</h2>
      <p>{storageKind === 'memory' ? tc('storage.memory') : t('dataWhere')}</p>
      <p data-testid="storage-usage">
        {t('stored', { assessments: count, firms: firmCount })}
        {usage && ` ${t('usage', { usage: usage.used })}`}
        {usage?.free && ` ${t('free', { free: usage.free })}`}
      </p>
      {persisted !== null && storageKind === 'indexeddb' && (
        <div data-testid="storage-persistence">
          <p>{persisted ? t('persisted') : t('notPersisted')}</p>
          {!persisted && (
            <>
              <p>{t('persistWhy')}</p>
              <button type="button" className="button" onClick={() => void askPersist()}>
                {t('persistAsk')}
              </button>
              {askedPersist && <p role="status">{t('persistRefused')}</p>}
            </>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAllData()}>
          {t('exportAll')}
        </button>
        <ImportButton />
      </div>

      <RegionBenchmark />

      <p className="help" data-testid="settings-version">
        {t('about.version', { version: APP_VERSION })}
      </p>

      <h2>{t('deleteTitle')}</h2>
      <p>{t('deleteText')}</p>
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {t('deleteAll')}
      </button>
      {deleted && <p role="status">{t('deleted')}</p>}

      <Dialog
        open={confirming}
        title={t('confirmTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button" onClick={() => void exportAllData()}>
              {t('exportAll')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {tc('action.cancel')}
            </button>
            <button type="button" className="button danger" onClick={() => void deleteAll()}>
              {t('confirmDelete')}
            </button>
          </>
        }
      >
        <p>{t('confirmText', { assessments: count, firms: firmCount })}</p>
      </Dialog>
    </section>
  );
}

/** The region's benchmark imported on this device: when it is from, and a way to remove it. */
function RegionBenchmark() {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const [benchmark, setBenchmark] = useState<Benchmark | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void storedBenchmark().then((b) => live && setBenchmark(b));
    return () => {
      live = false;
    };
  }, []);
  if (benchmark === undefined) return null;
  return (
    <div data-testid="settings-benchmark">
      <h2>{t('benchmark.title')}</h2>
      {benchmark ? (
        <>
          <p>{t('benchmark.stored', { month: monthText(benchmark.month, lang) })}</p>
          <button
            type="button"
            className="button"
            onClick={() => void removeStoredBenchmark().then(() => setBenchmark(null))}
          >
            {t('benchmark.remove')}
          </button>
        </>
      ) : (
        <p>{t('benchmark.none')}</p>
      )}
    </div>
  );
}
