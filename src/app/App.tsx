import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { setLanguage } from '../i18n';
import { useAppStore } from '../state/app-store';
import { useLang } from '../i18n/use-lang';
import { StartPage } from '../features/start/StartPage';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyScreen } from './lazy-screen';
import { hrefOf, parseHash, type Route } from '../navigation/routes';
import { StorageBanner } from './StorageBanner';
import { UpdateNotice } from './UpdateNotice';
import { lockedTarget, WorkshopLock } from './WorkshopLock';
import { readSession } from '../state/workshop-session';

const NewAssessmentPage = lazyScreen(() => import('../features/firm/NewAssessmentPage'));
const FirmPage = lazyScreen(() => import('../features/firm/FirmPage'));
const AnswerPage = lazyScreen(() => import('../features/answer/AnswerPage'));
const ReviewPage = lazyScreen(() => import('../features/answer/ReviewPage'));
const ResultsPage = lazyScreen(() => import('../features/results/ResultsPage'));
const PortfolioPage = lazyScreen(() => import('../features/portfolio/PortfolioPage'));
const SettingsPage = lazyScreen(() => import('../features/settings/SettingsPage'));
const AboutPage = lazyScreen(() => import('../features/about/AboutPage'));
const CoachScreens = lazyScreen(() => import('../features/coach/CoachScreens'));
const WorkshopsPage = lazyScreen(() => import('../features/workshop/WorkshopsPage'));
const WorkshopPage = lazyScreen(() => import('../features/workshop/WorkshopPage'));
const FacilitatorPage = lazyScreen(() => import('../features/workshop/FacilitatorPage'));
const PreviewPage = lazyScreen(() => import('../features/preview/PreviewPage'));

/** The code of the screen a route shows, loading; the start page's is always there. */
export function preloadScreen(route: Route): Promise<unknown> {
  const screens: Partial<Record<Route['name'], { preload(): Promise<unknown> }>> = {
    new: NewAssessmentPage,
    firm: FirmPage,
    answer: AnswerPage,
    review: ReviewPage,
    results: ResultsPage,
    portfolio: PortfolioPage,
    settings: SettingsPage,
    about: AboutPage,
    coach: CoachScreens,
    case: CoachScreens,
    workshops: WorkshopsPage,
    workshop: WorkshopPage,
    facilitator: FacilitatorPage,
    preview: PreviewPage,
  };
  const code = screens[route.name]?.preload() ?? Promise.resolve();
  return Promise.all([code, preloadAssessment(route)]);
}

/**
 * The assessment a screen shows starts loading with the screen's code (not after its first
 * render), so that an assessment opened directly is shown in the first render. The first render
 * waits for it one second at most (storage held up by another tab: the screen says so).
 */
function preloadAssessment(route: Route): Promise<unknown> | null {
  if (route.name !== 'answer' && route.name !== 'review' && route.name !== 'results') return null;
  const session = readSession();
  if (session && lockedTarget(session, route)) return null; // not shown while a workshop runs
  const opened = import('../state/assessment-store').then((m) =>
    m.useAssessmentStore.getState().open(route.id),
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
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'new':
      return <NewAssessmentPage questionnaireId={route.questionnaireId} />;
    case 'firm':
      return <FirmPage firmId={route.firmId} />;
    case 'answer':
      return <AnswerPage id={route.id} dimension={route.dimension} question={route.question} />;
    case 'review':
      return <ReviewPage id={route.id} />;
    case 'results':
      return <ResultsPage id={route.id} />;
    case 'portfolio':
      return (
        <PortfolioPage
          firmId={route.firmId}
          resilience={route.resilience}
          technology={route.technology}
        />
      );
    case 'settings':
      return <SettingsPage />;
    case 'about':
      return <AboutPage />;
    case 'coach':
      return <CoachScreens />;
    case 'case':
      return <CoachScreens caseId={route.caseId} />;
    case 'workshops':
      return <WorkshopsPage />;
    case 'workshop':
      return <WorkshopPage workshopId={route.workshopId} />;
    case 'facilitator':
      return <FacilitatorPage workshopId={route.workshopId} />;
    case 'preview':
      return <PreviewPage draft={route.draft} />;
    case 'notFound':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('error.notFound')}</h1>
      <a className="button" href={hrefOf({ name: 'start' })}>
        {t('error.toStart')}
      </a>
    </section>
  );
}

function Header() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="site-header no-print">
      <a className="brand" href={hrefOf({ name: 'start' })}>
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-initiative">{t('initiative')}</span>
      </a>
      <nav aria-label={t('nav.label')} className="site-nav">
        <a href={hrefOf({ name: 'start' })}>{t('nav.start')}</a>
        <a href={hrefOf({ name: 'coach' })}>{t('nav.coach')}</a>
        <a href={hrefOf({ name: 'workshops' })}>{t('nav.workshop')}</a>
        <a href={hrefOf({ name: 'settings' })}>{t('nav.settings')}</a>
        <a href={hrefOf({ name: 'about' })}>{t('nav.about')}</a>
        <button
          type="button"
          className="button small"
          lang={lang === 'de' ? 'en' : 'de'}
          onClick={() => void setLanguage(lang === 'de' ? 'en' : 'de')}
        >
          {t('nav.switchTo')}
        </button>
      </nav>
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
      <Header />
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
