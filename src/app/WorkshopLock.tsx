import type { ReactNode } from 'react';
import type { Route } from './router';

/** While a workshop runs on this device, only its screens are reachable (see features/workshop). */
export function WorkshopLock({ children }: { route: Route; children: ReactNode }) {
  return <>{children}</>;
}
