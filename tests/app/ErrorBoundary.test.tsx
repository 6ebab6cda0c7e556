import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { initTestI18n, resetStores } from '../support/render';

function Exploding({ when }: { when: boolean }) {
  if (when) throw new Error('boom in a screen');
  return <p>Alles gut</p>;
}

function Screen() {
  const [broken, setBroken] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setBroken(true)}>
        kaputt machen
      </button>
      <Exploding when={broken} />
    </>
  );
}

describe('error boundary', () => {
  beforeEach(async () => {
    await initTestI18n();
    resetStores();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a calm message and a way to export all data instead of a white page', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <ErrorBoundary resetKey="#/a">
        <Screen />
      </ErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'kaputt machen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Hier ist etwas schiefgegangen');
    expect(screen.getByRole('button', { name: 'Alle Daten exportieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeInTheDocument();
    // Navigating elsewhere recovers.
    rerender(
      <ErrorBoundary resetKey="#/b">
        <Screen />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Alles gut')).toBeInTheDocument();
  });
});
