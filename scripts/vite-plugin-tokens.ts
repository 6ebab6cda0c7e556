import type { Plugin } from 'vite';
import { tokensCss } from '../src/core/present/tokens.ts';

/**
 * The design tokens (src/core/present/tokens.ts) as CSS custom properties at the top of the
 * app's style sheet, so that screens and the PDF report take their colours from one place.
 */
export function tokensPlugin(): Plugin {
  return {
    name: 'itas-design-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\?.*$/, '').endsWith('/src/styles.css')) return null;
      return { code: `${tokensCss()}\n${code}`, map: null };
    },
  };
}
