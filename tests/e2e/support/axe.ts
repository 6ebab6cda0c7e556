import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe's findings on the page as lines; no rule is disabled (WCAG 2.0/2.1 A and AA, best practices). */
export async function violations(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}
