import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hrefOf, parseHash, type Route } from '../../src/navigation/routes';
import { lockedTarget, WorkshopLock } from '../../src/app/WorkshopLock';
import { readSession, writeSession } from '../../src/state/workshop-session';
import { STORAGE_KEYS } from '../../src/storage/keys';

const session = { workshop: 'ws-1', participant: 'p-1' };

afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

describe('lockedTarget', () => {
  const home = hrefOf({ name: 'workshop', workshopId: 'ws-1' });
  it.each([
    ['#/workshop/ws-1', null],
    ['#/workshop/ws-1/facilitator', null],
    ['#/a/p-1/d/0', null],
    ['#/a/p-1/d/3?q=a1', null],
    ['#/a/p-1/review', null],
    ['#/a/p-1/results', home],
    ['#/a/other/d/0', home],
    ['#/a/other/review', home],
    ['#/', home],
    ['#/settings', home],
    ['#/coach', home],
    ['#/workshop', home],
    ['#/workshop/ws-2', home],
    ['#/workshop/ws-2/facilitator', home],
    ['#/firm/f1', home],
    ['#/new/resilience', home],
    ['#/nonsense', home],
  ])('%s leads to %s', (hash, expected) => {
    const target = lockedTarget(session, parseHash(hash));
    expect(target && hrefOf(target)).toBe(expected);
  });

  it('without a participant, no assessment is reachable', () => {
    expect(lockedTarget({ workshop: 'ws-1' }, { name: 'answer', id: 'p-1', dimension: 0 })).toEqual(
      { name: 'workshop', workshopId: 'ws-1' },
    );
  });
});

describe('the session flag', () => {
  it('round-trips and ignores what is not a session', () => {
    expect(readSession()).toBeNull();
    writeSession({ workshop: 'w', participant: 'p', handover: true });
    expect(readSession()).toEqual({ workshop: 'w', participant: 'p', handover: true });
    writeSession(null);
    expect(readSession()).toBeNull();
    for (const text of ['{', '[]', '{"workshop": 3}', 'null', '{"__proto__": {"workshop": "x"}}']) {
      localStorage.setItem(STORAGE_KEYS.workshopSession, text);
      expect(readSession(), text).toBeNull();
    }
  });
});

describe('WorkshopLock', () => {
  const screenOf = (route: Route) =>
    render(
      <WorkshopLock route={route}>
        <p>screen {route.name}</p>
      </WorkshopLock>,
    );

  it('passes every screen through while no workshop runs', () => {
    screenOf({ name: 'settings' });
    expect(screen.getByText('screen settings')).toBeInTheDocument();
  });

  it('shows nothing of a locked screen and leads to the workshop', () => {
    writeSession(session);
    window.location.hash = '#/settings';
    const view = screenOf({ name: 'settings' });
    expect(view.container).toBeEmptyDOMElement();
    expect(window.location.hash).toBe('#/workshop/ws-1');
  });

  it("the participant's results finish the turn: handover marked, their answers not shown", () => {
    writeSession(session);
    const view = screenOf({ name: 'results', id: 'p-1' });
    expect(view.container, 'no results of a participant on screen').toBeEmptyDOMElement();
    expect(readSession()).toEqual({ ...session, handover: true });
    expect(window.location.hash).toBe('#/workshop/ws-1');
  });

  it("lets the participant's answering screen through", () => {
    writeSession(session);
    screenOf({ name: 'answer', id: 'p-1', dimension: 2 });
    expect(screen.getByText('screen answer')).toBeInTheDocument();
  });
});
