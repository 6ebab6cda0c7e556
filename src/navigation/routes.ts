// Hash-based routing: the app also runs from file://, where paths cannot be rewritten.
// One table holds every route; the Route type, hrefOf and parseHash derive from it, and the app
// shell's screen table (src/app/screens.ts) must name a screen for each route (the type checks it).

interface RouteDefinition {
  /** Address after `#`: literal segments and `:param`s; a last `:param?` may be left out. */
  readonly path: string;
  /** Parameters that are whole numbers (written as digits). */
  readonly numbers?: readonly string[];
  /** Optional query parameters: the route's field → its short name in the address. */
  readonly query?: Readonly<Record<string, string>>;
  /** The screen shows the assessment `id`: it starts loading with the screen's code. */
  readonly opensAssessment?: boolean;
}

export const ROUTES = {
  start: { path: '/' },
  new: { path: '/new/:questionnaireId' },
  firm: { path: '/firm/:firmId' },
  answer: {
    path: '/a/:id/d/:dimension',
    numbers: ['dimension'],
    query: { question: 'q' },
    opensAssessment: true,
  },
  review: { path: '/a/:id/review', opensAssessment: true },
  results: { path: '/a/:id/results', opensAssessment: true },
  portfolio: { path: '/portfolio/:firmId', query: { resilience: 'r', technology: 't' } },
  settings: { path: '/settings' },
  about: { path: '/about' },
  coach: { path: '/coach' },
  case: { path: '/coach/:caseId' },
  workshops: { path: '/workshop' },
  workshop: { path: '/workshop/:workshopId' },
  facilitator: { path: '/workshop/:workshopId/facilitator' },
  preview: { path: '/preview/:draft?' },
  study: { path: '/study' },
} as const satisfies Record<string, RouteDefinition>;

type Table = typeof ROUTES;
export type RouteName = keyof Table | 'notFound';

type Segments<P extends string> = P extends `/${infer A}/${infer Rest}`
  ? A | Segments<`/${Rest}`>
  : P extends `/${infer A}`
    ? A
    : never;
type RequiredParam<S> = S extends `:${string}?` ? never : S extends `:${infer N}` ? N : never;
type OptionalParam<S> = S extends `:${infer N}?` ? N : never;
type NumberNames<D> = D extends { numbers: readonly (infer N)[] } ? N : never;
type QueryNames<D> = D extends { query: infer Q } ? keyof Q : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ParamsOf<D extends RouteDefinition> = Simplify<
  {
    [K in RequiredParam<Segments<D['path']>>]: K extends NumberNames<D> ? number : string;
  } & { [K in OptionalParam<Segments<D['path']>> | QueryNames<D>]?: string }
>;

/** The parameters of a route (what its screen receives as props). */
export type RouteParams<N extends RouteName> = N extends keyof Table ? ParamsOf<Table[N]> : object;

export type Route = {
  [N in RouteName]: Simplify<{ name: N } & RouteParams<N>>;
}[RouteName];

const definitionOf = (name: keyof Table): RouteDefinition => ROUTES[name];
const names = Object.keys(ROUTES) as (keyof Table)[];

export function hrefOf(route: Route): string {
  if (route.name === 'notFound') return '#/';
  const def = definitionOf(route.name);
  const values = route as unknown as Record<string, string | number | undefined>;
  const parts: string[] = [];
  for (const segment of def.path.split('/').filter(Boolean)) {
    if (!segment.startsWith(':')) parts.push(segment);
    else {
      const value = values[segment.replace(/^:|\?$/g, '')];
      if (value !== undefined) parts.push(encodeURIComponent(String(value)));
    }
  }
  const params = new URLSearchParams();
  for (const [field, short] of Object.entries(def.query ?? {})) {
    const value = values[field];
    if (value) params.set(short, String(value));
  }
  const query = params.toString();
  return `#/${parts.join('/')}${query ? `?${query}` : ''}`;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // a malformed escape (`%E0`): no route has it
  }
}

function match(def: RouteDefinition, parts: string[], query: URLSearchParams) {
  const pattern = def.path.split('/').filter(Boolean);
  const optional = pattern.at(-1)?.endsWith('?') ? 1 : 0;
  if (parts.length > pattern.length || parts.length < pattern.length - optional) return null;
  const out: Record<string, string | number> = {};
  for (const [i, segment] of pattern.entries()) {
    const part = parts[i];
    if (!segment.startsWith(':')) {
      if (part !== segment) return null;
      continue;
    }
    if (part === undefined) continue; // the optional last one
    const name = segment.replace(/^:|\?$/g, '');
    if (def.numbers?.includes(name)) {
      if (!/^\d{1,9}$/.test(part)) return null;
      out[name] = Number(part);
    } else out[name] = part;
  }
  for (const [field, short] of Object.entries(def.query ?? {})) {
    const value = query.get(short);
    if (value) out[field] = value;
  }
  return out;
}

/** The route of an address's `#` part; any text gives a route, unknown ones "not found". */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  const parts: string[] = [];
  for (const part of path.split('/').filter(Boolean)) {
    const decoded = decode(part);
    if (decoded === null) return { name: 'notFound' };
    parts.push(decoded);
  }
  for (const name of names) {
    const params = match(definitionOf(name), parts, query);
    if (params) return { name, ...params } as Route;
  }
  return { name: 'notFound' };
}

/** The id of the assessment a route's screen shows, if its code should load it at once. */
export function assessmentOf(route: Route): string | null {
  if (route.name === 'notFound' || !definitionOf(route.name).opensAssessment) return null;
  return (route as { id?: string }).id ?? null;
}

export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const href = hrefOf(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href.slice(1);
}
