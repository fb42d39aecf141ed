// axe-core in a real page: injected through the DevTools protocol (page.evaluate), which extension
// pages' strict CSP does not block, and run with the WCAG 2.x A/AA rules and best practices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { ClosedShadow } from './closed-shadow.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeIssue {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeReport {
  violations: AxeIssue[];
  /** How many elements axe checked in all: proof that it saw the content. */
  checked: number;
  /** How many elements the colour-contrast rule passed. */
  contrastChecked: number;
}

export async function runAxe(page: Page, include?: string): Promise<AxeReport> {
  await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Record<string, Result[]>> } }
    ).axe;
    const res = await axe.run(sel ? { include: [[sel]] } : document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations', 'passes'],
    });
    return {
      violations: res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      checked: res.passes.reduce((n, p) => n + p.nodes.length, 0),
      contrastChecked: res.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, include ?? null);
}

/** Serious and critical violations: the ones the issue forbids. */
export function seriousOf(report: AxeReport): AxeIssue[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * axe walks shadow trees through `host.shadowRoot`, which is null for our closed root; for the
 * test only, the page's own wrapper of the host is given a `shadowRoot` that answers with it.
 */
export async function runAxeOnReader(page: Page): Promise<AxeReport> {
  const shadow = await ClosedShadow.of(page);
  if (!shadow) throw new Error('reader view is not open');
  await shadow.run(
    'function () { const root = this; Object.defineProperty(root.host, "shadowRoot", { get: () => root, configurable: true }); }',
  );
  await shadow.detach();
  return runAxe(page, 'sourcelight-reader');
}
