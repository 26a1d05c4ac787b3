// What Orca said, read from the log its customisation writes (one utterance a line). Actions are
// followed by waiting for speech by quiet time: new utterances, then a second of silence, with a cap,
// never a fixed sleep.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/** Silence that ends an answer: Orca speaks an action's result in a burst well under this. */
const QUIET_MS = 1000;
/** The longest any wait lasts; a journey that hears nothing by then fails with the log attached. */
const WITHIN_MS = 15_000;
const POLL_MS = 100;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether an utterance says `phrase`, whitespace aside: a caption's lines reach Orca as one
 * utterance. (Compared as written, a two-line caption never matched, and each wait for one lasted
 * its whole cap.)
 */
const includes = (line: string, phrase: string | RegExp) =>
  typeof phrase === 'string' ? oneLine(line).includes(oneLine(phrase)) : phrase.test(line);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Speech {
  /** Lines before this index were said before the current action. */
  private mark = 0;

  constructor(private readonly file: string) {}

  /** Every utterance since Orca started. */
  all(): string[] {
    return readFileSync(this.file, 'utf8').split('\n').filter(Boolean);
  }

  /** What was said since the last action began. */
  sinceMark(): string[] {
    return this.all().slice(this.mark);
  }

  /** Forgets what was said so far: the next answer starts here. */
  clear(): void {
    this.mark = this.all().length;
  }

  /**
   * Runs `action` and returns what Orca said in answer: everything from the action until it has
   * been quiet for `quietMs` (or `withinMs` passed). Empty when it said nothing within `withinMs`.
   * With `first`, the quiet time counts only once an utterance including (or matching) it was
   * heard: for answers that take a while to begin, such as a dialog whose code loads on first use.
   */
  async after(
    action: () => unknown,
    {
      quietMs = QUIET_MS,
      withinMs = WITHIN_MS,
      first,
    }: { quietMs?: number; withinMs?: number; first?: string | RegExp } = {},
  ): Promise<string[]> {
    this.clear();
    await action();
    const deadline = Date.now() + withinMs;
    let count = 0;
    let changedAt = Date.now();
    const begun = () => !first || this.hasSaid(first);
    while (Date.now() < deadline) {
      await sleep(POLL_MS);
      const now = this.sinceMark().length;
      if (now !== count) {
        count = now;
        changedAt = Date.now();
      } else if (count > 0 && Date.now() - changedAt >= quietMs && begun()) break;
    }
    return this.sinceMark();
  }

  /**
   * Waits until an utterance since the last action includes `phrase` (or matches it) and returns
   * everything said since the mark; when none does within `withinMs`, returns what was said, for
   * the assertion to show.
   */
  async until(phrase: string | RegExp, withinMs = WITHIN_MS): Promise<string[]> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline && !this.hasSaid(phrase)) await sleep(POLL_MS);
    return this.sinceMark();
  }

  /** Whether an utterance since the last action says `phrase` (whitespace aside) or matches it. */
  hasSaid(phrase: string | RegExp): boolean {
    return this.sinceMark().some((line) => includes(line, phrase));
  }
}

/**
 * Checks that each of `phrases` was said, in this order, anywhere in `heard` (inside an utterance
 * or across several; others may come between), and fails naming the first one missing and
 * everything heard.
 */
export function expectToHearInOrder(heard: readonly string[], phrases: readonly string[]): void {
  const said = heard.map(oneLine).join(' | ');
  let from = 0;
  for (const phrase of phrases) {
    const at = said.indexOf(oneLine(phrase), from);
    expect(
      at,
      `Orca should say "${oneLine(phrase)}" after what came before it; it said:\n${heard.join('\n')}`,
    ).toBeGreaterThanOrEqual(0);
    from = at + oneLine(phrase).length;
  }
}
