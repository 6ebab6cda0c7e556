import {
  createElement,
  startTransition,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from '../i18n/use-translation';
import { setLanguage } from '../i18n';
import { useAppStore } from '../state/app-store';
import { useLang } from '../i18n/use-lang';
import { ErrorBoundary } from './ErrorBoundary';
import { SCREENS } from './screens';
import { assessmentOf, hrefOf, parseHash, type Route } from '../navigation/routes';
import { StorageBanner } from './StorageBanner';
import { FoldButton, useFold } from '../ui/FoldButton';
import { UpdateNotice } from './UpdateNotice';
import { lockedTarget, WorkshopLock } from './WorkshopLock';
import { readSession } from '../state/workshop-session';
import { loadHostingFile, namesLogo } from '../state/hosting-file';
import { useLoaded } from '../state/use-loaded';
import { OperatorLogo } from '../features/shared/OperatorLogo';

/** The code of the screen a route shows, loading; the start page's is always there. */
export function preloadScreen(route: Route): Promise<unknown> {
  const screen = SCREENS[route.name];
  const code = 'preload' in screen ? screen.preload() : Promise.resolve();
  return Promise.all([code, preloadAssessment(route)]);
}

/**
 * The assessment a screen shows starts loading with the screen's code (not after its first
 * render), so that an assessment opened directly is shown in the first render. The first render
 * waits for it one second at most (storage held up by another tab: the screen says so).
 */
function preloadAssessment(route: Route): Promise<unknown> | null {
  const id = assessmentOf(route);
  if (id === null) return null;
  const session = readSession();
  if (session && lockedTarget(session, route)) return null; // not shown while a workshop runs
  const opened = import('../state/assessment-store').then((m) =>
    m.useAssessmentStore.getState().open(id),
  );
  return Promise.race([opened, new Promise((resolve) => setTimeout(resolve, 1000))]);
}

/**
 * The address, followed as a transition: while the next screen's code loads, the current one
 * stays (instead of a loading message that React then keeps for at least 300 ms).
 */
function useHashTransition(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return hash;
}

function screen(route: Route): ReactNode {
  const { name, ...params } = route;
  return createElement(SCREENS[name] as ComponentType<typeof params>, params);
}

/**
 * The host's details for the header's logo. The checks (and zod with them) load only when the
 * host's file names a logo, so that the start page stays small for every other host.
 */
const headerHosting = () =>
  loadHostingFile().then((file) =>
    namesLogo(file) ? import('../state/hosting').then((m) => m.loadHosting()) : null,
  );

/**
 * The site's header. On a narrow screen the links fold behind a menu button while the language
 * switch stays in view; while a workshop runs only the language switch is offered (every other
 * link would lead back to the workshop).
 */
function Header({ hash, locked }: { hash: string; locked: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  // The menu is open on the screen where it was opened: a chosen link (or Back) closes it.
  const { open, toggle } = useFold(hash);
  const hosting = useLoaded(headerHosting);
  return (
    <header className="site-header no-print">
      <div className="brand-row">
        <a className="brand" href={hrefOf({ name: 'start' })}>
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-initiative">{t('initiative')}</span>
        </a>
        <OperatorLogo hosting={hosting} className="header-logo" />
      </div>
      <div className="header-tools">
        <button
          type="button"
          className="button small"
          lang={lang === 'de' ? 'en' : 'de'}
          onClick={() => void setLanguage(lang === 'de' ? 'en' : 'de')}
        >
          {t('nav.switchTo')}
        </button>
        {!locked && (
          <FoldButton open={open} controls="site-nav" className="menu-button" onToggle={toggle}>
            {t('nav.menu')}
          </FoldButton>
        )}
      </div>
      {!locked && (
        <nav
          id="site-nav"
          aria-label={t('nav.label')}
          className={open ? 'site-nav is-open' : 'site-nav'}
        >
          <a href={hrefOf({ name: 'start' })}>{t('nav.start')}</a>
          <a href={hrefOf({ name: 'settings' })}>{t('nav.settings')}</a>
          <a href={hrefOf({ name: 'about' })}>{t('nav.about')}</a>
          <span className="nav-group" role="group" aria-label={t('nav.forCoaches')}>
            <a href={hrefOf({ name: 'coach' })}>{t('nav.coach')}</a>
            <a href={hrefOf({ name: 'workshops' })}>{t('nav.workshop')}</a>
          </span>
        </nav>
      )}
    </header>
  );
}

export function App() {
  const { t } = useTranslation();
  const hash = useHashTransition();
  const route = parseHash(hash);
  const init = useAppStore((s) => s.init);
  useEffect(() => {
    void init();
  }, [init]);
  useEffect(() => {
    // A new screen starts at its top, with focus where a screen reader expects it.
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.name]);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <Header hash={hash} locked={readSession() !== null} />
      <UpdateNotice />
      <StorageBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={hash}>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <WorkshopLock route={route}>{screen(route)}</WorkshopLock>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
