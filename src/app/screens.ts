// The screen of each route in src/navigation/routes.ts. The type asks for one per route, with
// the route's parameters as its props; all but the start page load when first shown.
import type { ComponentType } from 'react';
import type { RouteName, RouteParams } from '../navigation/routes';
import { StartPage } from '../features/start/StartPage';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { NotFound } from './NotFound';

type Screens = { [N in RouteName]: ComponentType<RouteParams<N>> | LazyScreen<RouteParams<N>> };

const coach = lazyScreen(() => import('../features/coach/CoachScreens'));

export const SCREENS: Screens = {
  start: StartPage,
  new: lazyScreen(() => import('../features/firm/NewAssessmentPage')),
  firm: lazyScreen(() => import('../features/firm/FirmPage')),
  answer: lazyScreen(() => import('../features/answer/AnswerPage')),
  review: lazyScreen(() => import('../features/answer/ReviewPage')),
  results: lazyScreen(() => import('../features/results/ResultsPage')),
  portfolio: lazyScreen(() => import('../features/portfolio/PortfolioPage')),
  settings: lazyScreen(() => import('../features/settings/SettingsPage')),
  about: lazyScreen(() => import('../features/about/AboutPage')),
  coach,
  case: coach,
  workshops: lazyScreen(() => import('../features/workshop/WorkshopsPage')),
  workshop: lazyScreen(() => import('../features/workshop/WorkshopPage')),
  facilitator: lazyScreen(() => import('../features/workshop/FacilitatorPage')),
  preview: lazyScreen(() => import('../features/preview/PreviewPage')),
  study: lazyScreen(() => import('../features/study/StudyPage')),
  notFound: NotFound,
};
