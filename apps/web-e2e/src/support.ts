import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

import type { OutboxMail } from '@agora/contracts';

/** Runs axe on the current page: zero serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The newest mail sent to `to` in the development outbox, waiting for it to arrive. */
export async function latestMailTo(page: Page, to: string): Promise<OutboxMail> {
  let found: OutboxMail | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get('/api/dev/outbox');
      const mails = (await response.json()) as OutboxMail[];
      found = mails.find((mail) => mail.to === to);
      return Boolean(found);
    })
    .toBe(true);
  return found as OutboxMail;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.fr`;
}
