// The app's own binding of i18next to React (src/i18n/useTranslation.ts): texts are remembered
// per language, namespace, key and values, never past a language change or a namespace added.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addBundles } from '../../src/i18n/lazy';
import { setLanguage } from '../../src/i18n';
import { useTranslation } from '../../src/i18n/use-translation';
import { initTestI18n } from '../support/render';

function Progress({ answered }: { answered: number }) {
  const { t } = useTranslation('answer');
  return <p>{t('dimProgress', { answered, total: 10 })}</p>;
}

function Later() {
  const { t } = useTranslation('later' as 'answer');
  return <p>{t('greeting' as 'dimProgress')}</p>;
}

describe('useTranslation', () => {
  it('gives the text for the values put in, and follows the language', async () => {
    await initTestI18n();
    const { rerender } = render(<Progress answered={3} />);
    expect(screen.getByText('3/10 beantwortet')).toBeInTheDocument();
    rerender(<Progress answered={4} />);
    expect(screen.getByText('4/10 beantwortet')).toBeInTheDocument();
    rerender(<Progress answered={3} />);
    expect(screen.getByText('3/10 beantwortet')).toBeInTheDocument();
    await act(() => setLanguage('en'));
    expect(screen.getByText('3/10 answered')).toBeInTheDocument();
    await act(() => setLanguage('de'));
    expect(screen.getByText('3/10 beantwortet')).toBeInTheDocument();
  });

  it('finds the texts of a namespace added after a text of it was asked for', async () => {
    await initTestI18n();
    vi.stubEnv('DEV', false); // as in the built app: a missing text shows its key, no error
    const { rerender, unmount } = render(<Later />);
    expect(screen.getByText('greeting')).toBeInTheDocument(); // not there yet: the key
    addBundles('later', { de: { greeting: 'Hallo' }, en: { greeting: 'Hello' } });
    rerender(<Later />);
    expect(screen.getByText('Hallo')).toBeInTheDocument();
    unmount();
    vi.unstubAllEnvs();
  });
});
