// Hash-based routing: the app also runs from file://, where paths cannot be rewritten.
export type Route =
  | { name: 'start' }
  | { name: 'new'; questionnaireId: string }
  | { name: 'firm'; firmId: string }
  | { name: 'answer'; id: string; dimension: number; question?: string }
  | { name: 'review'; id: string }
  | { name: 'results'; id: string }
  | { name: 'portfolio'; firmId: string; resilience?: string; technology?: string }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'coach' }
  | { name: 'case'; caseId: string }
  | { name: 'workshops' }
  | { name: 'workshop'; workshopId: string }
  | { name: 'facilitator'; workshopId: string }
  | { name: 'preview'; draft?: string }
  | { name: 'notFound' };

const enc = encodeURIComponent;

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'new':
      return `#/new/${enc(route.questionnaireId)}`;
    case 'firm':
      return `#/firm/${enc(route.firmId)}`;
    case 'answer':
      return `#/a/${enc(route.id)}/d/${route.dimension}${route.question ? `?q=${enc(route.question)}` : ''}`;
    case 'review':
      return `#/a/${enc(route.id)}/review`;
    case 'results':
      return `#/a/${enc(route.id)}/results`;
    case 'portfolio': {
      const params = new URLSearchParams();
      if (route.resilience) params.set('r', route.resilience);
      if (route.technology) params.set('t', route.technology);
      const query = params.toString();
      return `#/portfolio/${enc(route.firmId)}${query ? `?${query}` : ''}`;
    }
    case 'settings':
      return '#/settings';
    case 'about':
      return '#/about';
    case 'coach':
      return '#/coach';
    case 'case':
      return `#/coach/${enc(route.caseId)}`;
    case 'workshops':
      return '#/workshop';
    case 'workshop':
      return `#/workshop/${enc(route.workshopId)}`;
    case 'facilitator':
      return `#/workshop/${enc(route.workshopId)}/facilitator`;
    case 'preview':
      return route.draft ? `#/preview/${enc(route.draft)}` : '#/preview';
    case 'notFound':
      return '#/';
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'start' };
  if (a === 'new' && b && parts.length === 2) return { name: 'new', questionnaireId: b };
  if (a === 'firm' && b && parts.length === 2) return { name: 'firm', firmId: b };
  if (a === 'settings' && parts.length === 1) return { name: 'settings' };
  if (a === 'about' && parts.length === 1) return { name: 'about' };
  if (a === 'coach' && parts.length === 1) return { name: 'coach' };
  if (a === 'coach' && b && parts.length === 2) return { name: 'case', caseId: b };
  if (a === 'workshop' && parts.length === 1) return { name: 'workshops' };
  if (a === 'workshop' && b && parts.length === 2) return { name: 'workshop', workshopId: b };
  if (a === 'workshop' && b && c === 'facilitator' && parts.length === 3)
    return { name: 'facilitator', workshopId: b };
  if (a === 'preview' && parts.length === 1) return { name: 'preview' };
  if (a === 'preview' && b && parts.length === 2) return { name: 'preview', draft: b };
  if (a === 'portfolio' && b && parts.length === 2) {
    const r = params.get('r');
    const t = params.get('t');
    return {
      name: 'portfolio',
      firmId: b,
      ...(r ? { resilience: r } : {}),
      ...(t ? { technology: t } : {}),
    };
  }
  if (a === 'a' && b) {
    if (c === 'd' && d !== undefined && /^\d+$/.test(d) && parts.length === 4) {
      const q = params.get('q');
      return { name: 'answer', id: b, dimension: Number(d), ...(q ? { question: q } : {}) };
    }
    if (c === 'review' && parts.length === 3) return { name: 'review', id: b };
    if (c === 'results' && parts.length === 3) return { name: 'results', id: b };
  }
  return { name: 'notFound' };
}

export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const href = hrefOf(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href.slice(1);
}
