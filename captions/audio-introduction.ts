/**
 * A title's audio introduction (SBS-style, issue #14): spoken before the film, it says who is
 * who, what the screen looks like and what the sound design does, so that a blind or low-vision
 * viewer meets the film prepared. It lives in the title folder as a plain UTF-8 text file named
 * by the manifest (`audioIntroduction.src`, e.g. `audio-introduction.txt`): paragraphs separated
 * by blank lines, no markup. Plain text rather than WebVTT because it is not timed to the film:
 * it is read before it, at the viewer's speech rate, or by their screen reader. Pure: no DOM.
 */

export interface AudioIntroduction {
  /** BCP 47, as in the manifest. */
  srclang: string;
  /** The paragraphs, in order, each with its runs of whitespace collapsed to one space. */
  paragraphs: string[];
}

export interface AudioIntroductionProblem {
  /** 1-based line of the file where the problem is; absent for the whole file. */
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * An introduction longer than this many words warns: SBS's run a few minutes, and this one is
 * heard before the film starts (about 10 minutes at 160 words a minute).
 */
export const AUDIO_INTRODUCTION_MAX_WORDS = 1600;

// C0 controls other than tab, line feed and carriage return; C1 controls; the bidi overrides
// and isolates, which could reorder what a screen reader reads.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const MARKUP = /<\/?[a-z][^>]*>/i;

/**
 * Reads the introduction's text. Errors: an empty file, control or bidi-override characters
 * (with the line). Warnings: something that looks like HTML or WebVTT markup (shown as the
 * literal text, never as markup), and more than {@link AUDIO_INTRODUCTION_MAX_WORDS} words.
 * Never throws; `introduction` is null only when there is an error.
 */
export function parseAudioIntroduction(
  text: string,
  srclang: string,
): { introduction: AudioIntroduction | null; problems: AudioIntroductionProblem[] } {
  const problems: AudioIntroductionProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (FORBIDDEN.test(line)) {
      problems.push({ line: i + 1, severity: 'error', message: 'has a control or bidi-override character' });
    }
    if (MARKUP.test(line)) {
      problems.push({
        line: i + 1,
        severity: 'warning',
        message: 'looks like markup, which is read out as text',
      });
    }
  });
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) problems.push({ severity: 'error', message: 'is empty' });
  const words = paragraphs.join(' ').split(' ').filter(Boolean).length;
  if (words > AUDIO_INTRODUCTION_MAX_WORDS) {
    problems.push({
      severity: 'warning',
      message: `has ${words} words; more than ${AUDIO_INTRODUCTION_MAX_WORDS} keeps the viewer from the film for over 10 minutes`,
    });
  }
  const failed = problems.some((p) => p.severity === 'error');
  return { introduction: failed ? null : { srclang, paragraphs }, problems };
}
