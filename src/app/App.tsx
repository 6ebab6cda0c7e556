import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { useAppStore } from '../state/app-store';
import { useLang } from '../ui/useLang';
import { StartPage } from '../features/start/StartPage';
import { ErrorBoundary } from './ErrorBoundary';
import { hrefOf, useHash, parseHash, type Route } from './router';
import { StorageBanner } from './StorageBanner';
import { UpdateNotice } from './UpdateNotice';
import { WorkshopLock } from './WorkshopLock';

const NewAssessmentPage = lazy(() => import('../features/firm/NewAssessmentPage'));
const FirmPage = lazy(() => import('../features/firm/FirmPage'));
const AnswerPage = lazy(() => import('../features/answer/AnswerPage'));
const ReviewPage = lazy(() => import('../features/answer/ReviewPage'));
const ResultsPage = lazy(() => import('../features/results/ResultsPage'));
const PortfolioPage = lazy(() => import('../features/portfolio/PortfolioPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const AboutPage = lazy(() => import('../features/about/AboutPage'));
const CoachScreens = lazy(() => import('../features/coach/CoachScreens'));
const WorkshopsPage = lazy(() => import('../features/workshop/WorkshopsPage'));
const WorkshopPage = lazy(() => import('../features/workshop/WorkshopPage'));
const FacilitatorPage = lazy(() => import('../features/workshop/FacilitatorPage'));
const PreviewPage = lazy(() => import('../features/preview/PreviewPage'));

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
  const hash = useHash();
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
