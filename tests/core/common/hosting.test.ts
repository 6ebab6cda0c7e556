import { describe, expect, it } from 'vitest';
import { namesCoaching, namesOperator, readHosting } from '../../../src/core/common/hosting';
import { readJson } from '../../support/helpers';

describe('hosting.json', () => {
  it('the shipped file is empty: a local copy without a coaching contact', () => {
    const h = readHosting(readJson('public/hosting.json'))!;
    expect(namesOperator(h)).toBe(false);
    expect(namesCoaching(h.coaching)).toBe(false);
  });

  it('reads the coaching contact; fields of the wrong kind are left out, not shown', () => {
    const h = readHosting({
      operator: 'IHK Chemnitz',
      imprintUrl: 'javascript:alert(1)',
      coaching: {
        name: 'Erika Muster',
        phone: '+49 371 1234-0',
        email: 'coaching@example.org',
        bookingUrl: 'javascript:alert(1)',
        organisation: 42,
      },
    })!;
    expect(h.operator).toBe('IHK Chemnitz');
    expect(h.imprintUrl).toBe('');
    expect(h.coaching).toEqual({
      name: 'Erika Muster',
      organisation: '',
      phone: '+49 371 1234-0',
      email: 'coaching@example.org',
      bookingUrl: '',
    });
    expect(namesCoaching(h.coaching)).toBe(true);
    expect(readHosting({ coaching: { phone: 'call <b>me</b>' } })!.coaching.phone).toBe('');
  });

  it('a logo only from a file beside the app', () => {
    const logo = (file: unknown) => readHosting({ logo: { file, alt: 'IHK Chemnitz' } })!.logo;
    expect(logo('logo.svg')).toEqual({ file: 'logo.svg', alt: 'IHK Chemnitz' });
    expect(logo('images/operator-logo.PNG').file).toBe('images/operator-logo.PNG');
    for (const foreign of [
      'https://example.org/logo.png',
      '//example.org/logo.png',
      '/logo.png',
      '../logo.png',
      'images/../../logo.png',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)//.png',
      'logo.html',
      './logo.svg',
      42,
    ])
      expect(logo(foreign).file, String(foreign)).toBe('');
    expect(readHosting({ logo: 'logo.svg' })!.logo).toEqual({ file: '', alt: '' });
  });

  it('a file that is no object gives nothing', () => {
    expect(readHosting('text')).toBeNull();
    expect(readHosting(null)).toBeNull();
    expect(readHosting([])).toBeNull();
  });
});
