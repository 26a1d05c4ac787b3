// Axe in jsdom for components rendered alone, after each state change (STYLE.md). Colour
// contrast needs a real renderer (the browser specs check it), and the page-level rules (one
// main landmark, an h1, all content in landmarks) belong to pages, not to a component.
import axe from 'axe-core';
import { expect } from 'vitest';
import { AXE_TAGS } from '../../e2e/axe-tags';

const PAGE_LEVEL = ['region', 'landmark-one-main', 'page-has-heading-one', 'color-contrast'];

/** Runs axe on the whole document (Radix portals dialogs to `body`) and fails naming each violation. */
export async function expectNoAxeViolations(state: string): Promise<void> {
  const { violations } = await axe.run(document.body, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(PAGE_LEVEL.map((id) => [id, { enabled: false }])),
  });
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}
