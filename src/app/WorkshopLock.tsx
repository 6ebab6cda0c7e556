import { useEffect, type ReactNode } from 'react';
import { readSession, writeSession, type WorkshopSession } from '../state/workshop-session';
import { hrefOf, navigate, type Route } from '../navigation/routes';

/** Where a screen leads while a workshop runs: null if it may be shown. */
export function lockedTarget(session: WorkshopSession, route: Route): Route | null {
  const home: Route = { name: 'workshop', workshopId: session.workshop };
  switch (route.name) {
    case 'workshop':
    case 'facilitator':
      return route.workshopId === session.workshop ? null : home;
    case 'answer':
    case 'review':
      return route.id === session.participant ? null : home;
    default:
      // A participant's results would show their answers to the next one: asking for them
      // finishes the turn instead (see WorkshopPage).
      return home;
  }
}

/** While a workshop runs on this device, only its screens and the current participant's are reachable. */
export function WorkshopLock({ route, children }: { route: Route; children: ReactNode }) {
  const session = readSession();
  const target = session && lockedTarget(session, route);
  const finishing =
    !!session && route.name === 'results' && route.id === session.participant && !!target;
  const here = hrefOf(route);
  useEffect(() => {
    if (!session || !target) return;
    if (finishing) writeSession({ ...session, handover: true });
    navigate(target, { replace: true });
  }, [here]); // eslint-disable-line react-hooks/exhaustive-deps
  return target ? null : <>{children}</>;
}
