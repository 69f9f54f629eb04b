// What every page and state must pass (CONTRACT.md §4): no axe-core violation of WCAG 2.1 A and
// AA at 375 px and 1280 px, no horizontal scrolling at 320 px; and a screenshot at both widths
// in test-results/web/ to look at.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'web');
const WIDTHS = [375, 1280];

export interface PageReport {
  violations: string[];
  /** How far the page scrolls sideways at 320 px (0 when it fits). */
  overflowAt320: number;
}

export async function checkPage(page: Page, state: string): Promise<PageReport> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const violations: string[] = [];
  await page.setViewportSize({ width: 320, height: 800 });
  const overflowAt320 = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of result.violations)
      violations.push(
        `${width}px ${violation.id}: ${violation.help} (${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`).join(', ')})`,
      );
    await page.screenshot({ path: join(SCREENSHOTS, `${state}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 375, height: 800 });
  return { violations, overflowAt320 };
}
