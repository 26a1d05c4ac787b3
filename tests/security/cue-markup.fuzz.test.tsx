// @vitest-environment jsdom
/**
 * No cue text or ASL note ever reaches the DOM as HTML. Hostile caption and note files (markup,
 * entities, `javascript:` URLs, event-handler attributes, unpaired surrogates, control
 * characters) are parsed by the real core and rendered by the real components; the HTML they
 * produce is parsed back and may hold only the allowed elements and attributes.
 */
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseAslNote } from '../../captions/asl-note';
import { parseWebVTT } from '../../captions/parse';
import type { TimedAslNote } from '../../captions/title-folder';
import { buildTranscript } from '../../captions/transcript';
import { AslNoteList } from '../../components/asl/asl-note-list';
import { CueText } from '../../components/cue-text';
import { TranscriptList } from '../../components/transcript/transcript-list';

/** Every element the three components may produce. */
const ALLOWED_ELEMENTS = new Set([
  'b',
  'i',
  'u',
  'ruby',
  'rt',
  'span',
  'div',
  'h2',
  'h3',
  'h4',
  'ol',
  'li',
  'a',
  'p',
  'dl',
  'dt',
  'dd',
]);
/**
 * Every attribute they may produce, and the elements that may carry it. A component that starts
 * emitting a new attribute fails here until it is reviewed and listed.
 */
const ALLOWED_ATTRIBUTES: Record<string, ReadonlySet<string> | 'any'> = {
  class: 'any',
  lang: new Set(['span', 'div', 'li']),
  href: new Set(['a']),
  hidden: new Set(['div']),
  id: new Set(['li']),
  'data-speaker': new Set(['span']),
  'data-cue-future': new Set(['span']),
  'data-start': new Set(['li']),
  'data-end': new Set(['li']),
  'data-kind': new Set(['li']),
  'data-seek': new Set(['a']),
  'data-transcript-lang': new Set(['div']),
  'data-entries': new Set(['div']),
};
/** Ids come from a note's validated gloss and its start in milliseconds. */
const NOTE_ID = /^asl-[a-z0-9-]+-\d+$/;
/** The components' own classes; classes from a cue file always come prefixed `cue-`. */
const COMPONENT_CLASSES = new Set(['transcript', 'transcript-chapter', 'chapter-time', 'asl-notes', 'gloss']);
const BASE_HREF = '/watch/fuzz-title';
const MOMENT_LINK = /^(?:\/watch\/fuzz-title)?\?t=\d+(?:\.\d+)?$/;
const SECONDS = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/;

/** Checks the rendered HTML; returns what is wrong (nothing when it is clean). */
function problemsIn(html: string): string[] {
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const problems: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const name = element.localName;
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`element <${name}>`);
    for (const { name: attribute, value } of Array.from(element.attributes)) {
      const allowedOn = ALLOWED_ATTRIBUTES[attribute];
      if (!allowedOn || (allowedOn !== 'any' && !allowedOn.has(name))) {
        problems.push(`attribute ${attribute} on <${name}>`);
        continue;
      }
      if (attribute === 'href' && !isAllowedHref(value)) problems.push(`href ${JSON.stringify(value)}`);
      if (attribute === 'id' && !NOTE_ID.test(value)) problems.push(`id ${JSON.stringify(value)}`);
      if (['data-start', 'data-end', 'data-seek'].includes(attribute) && !SECONDS.test(value)) {
        problems.push(`${attribute} ${JSON.stringify(value)}`);
      }
      if (attribute === 'class') {
        const stray = value
          .split(/\s+/)
          .filter((c) => c && !c.startsWith('cue-') && !COMPONENT_CLASSES.has(c));
        if (stray.length > 0) problems.push(`class ${JSON.stringify(stray)}`);
      }
    }
  }
  return problems;
}

/** A moment link on this site, or a dictionary entry that the browser resolves to `https:`. */
function isAllowedHref(href: string): boolean {
  if (MOMENT_LINK.test(href)) return true;
  try {
    const url = new URL(href, 'https://site.example/page');
    return url.protocol === 'https:' && url.origin !== 'https://site.example';
  } catch {
    return false;
  }
}

const render = (element: ReactElement) => renderToStaticMarkup(element);

// Strings that have broken HTML sanitisers, WebVTT markup, entities, and characters that are
// hard to carry through (NUL, C0/C1 controls, bidi overrides, unpaired surrogates).
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  'onload=alert(1)',
  '<style>*{color:red}</style>',
  '<object data=x>',
  '<embed src=x>',
  '<form action=x><input name=y>',
  '<base href=//evil.example/>',
  '<meta http-equiv=refresh content=0;url=//evil.example>',
  '<c.x onclick=alert(1)>',
  '<c.a"b>',
  '<v onload=alert(1)>',
  '<v Ann" onclick="alert(1)>',
  '<lang en" onfocus="alert(1)>',
  '<lang javascript:alert(1)>',
  '<b>',
  '</b>',
  '<i.cls>',
  '<u>',
  '<ruby>',
  '<rt>',
  '</rt>',
  '</ruby>',
  '<v Ann>',
  '<c.a.b>',
  '</c>',
  '<00:00:00.500>',
  '<99:00:00.000>',
  '&lt;script&gt;',
  '&#x3C;script&#x3E;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '&amp;',
  '&nbsp;',
  '&lrm;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '`',
  '-->',
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\ud83d\ude00',
  '{{7*7}}',
  '${alert(1)}',
  '<!--',
  '<![CDATA[',
];
const hostile = fc.constantFrom(...HOSTILE);
const fragment = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const payload = fc.array(fragment, { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''));
const cueFile = fc
  .array(payload, { minLength: 1, maxLength: 6 })
  .map(
    (texts) =>
      `WEBVTT\n\n${texts.map((text, i) => `00:00:${String(i * 2).padStart(2, '0')}.000 --> 00:00:${String(i * 2 + 1).padStart(2, '0')}.500\n${text}`).join('\n\n')}\n`,
  );

/**
 * Cases per property (each case is one to six cues, or three files of them, or up to five notes):
 * 3,000 cases in all by default. `FUZZ_RUNS=20000` digs deeper.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const HEAVY_RUNS = Math.ceil(RUNS / 2);
/** Generous: the machine running the suite may be busy with a browser at the same time. */
const TIMEOUT = 180_000;

describe('cue text rendered by the real components', () => {
  it(
    'should produce only the allowed elements and attributes through CueText',
    () => {
      fc.assert(
        fc.property(cueFile, fc.double({ min: 0, max: 20, noNaN: true }), (file, time) => {
          const cues = parseWebVTT(file).cues;
          const html = render(
            <>
              {cues.map((cue) => (
                <span key={cue.line}>
                  <CueText nodes={cue.tree} time={time} />
                </span>
              ))}
            </>,
          );
          expect(problemsIn(html)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'should produce only the allowed elements and attributes through TranscriptList',
    () => {
      fc.assert(
        fc.property(
          cueFile,
          cueFile,
          cueFile,
          fc.constantFrom('', BASE_HREF),
          fc.constantFrom(2 as const, 3 as const),
          (captions, descriptions, chapters, baseHref, level) => {
            const transcript = buildTranscript({
              captions: parseWebVTT(captions).cues,
              descriptions: parseWebVTT(descriptions).cues,
              chapters: parseWebVTT(chapters).cues,
            });
            const html = render(
              <TranscriptList chapters={transcript} baseHref={baseHref} headingLevel={level} />,
            );
            expect(problemsIn(html)).toEqual([]);
          },
        ),
        { numRuns: HEAVY_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'should keep markup in cue text as text',
    () => {
      fc.assert(
        fc.property(hostile, payload, (markup, rest) => {
          // An escaped tag in a cue (`&lt;script&gt;`) is text; it must come out as text, not an element.
          const escaped = markup.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          // A space between the two keeps them from forming `-->` (which would end the cue) at the seam.
          const file = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${escaped.replace(/\r\n?|\n/g, ' ')} ${rest.replace(/[\r\n]/g, ' ').replace(/-->/g, '')}\n`;
          const [cue] = parseWebVTT(file).cues;
          if (!cue) return;
          const html = render(<CueText nodes={cue.tree} />);
          expect(problemsIn(html)).toEqual([]);
          if (/^[\x20-\x7e]+$/.test(markup)) {
            const shown = new DOMParser().parseFromString(html, 'text/html').body.textContent;
            expect(shown.startsWith(markup)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('ASL notes rendered by the real component', () => {
  const gloss = fc.oneof(fc.constantFrom('DEAF', 'THANK-YOU', 'SIGN NAME', 'ASL'), payload);
  const url = fc.oneof(
    fc.constantFrom(
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/',
      'http://evil.example/',
      'https://www.handspeak.com/word/?w=deaf',
      ' https://www.lifeprint.com/asl101/pages-signs/d/deaf.htm',
    ),
    payload.map((p) => `https://www.handspeak.com/word/?w=${p}`),
    payload,
  );
  const note = fc.record({
    gloss,
    title: payload,
    body: payload,
    handshape: payload,
    location: payload,
    movement: payload,
    dictionary: fc.record({ name: payload, url }),
  });

  it(
    'should produce only the allowed elements and attributes, with https dictionary links',
    () => {
      fc.assert(
        fc.property(
          fc.array(note, { minLength: 1, maxLength: 5 }),
          fc.constantFrom('', BASE_HREF),
          (notes, baseHref) => {
            const file = `WEBVTT\n\n${notes.map((n, i) => `00:00:${String(i * 2).padStart(2, '0')}.000 --> 00:00:${String(i * 2 + 1).padStart(2, '0')}.000\n${JSON.stringify(n)}`).join('\n\n')}\n`;
            const timed: TimedAslNote[] = parseWebVTT(file).cues.flatMap((cue) => {
              const result = parseAslNote(cue.text);
              return result.ok ? [{ cue, note: result.note }] : [];
            });
            expect(problemsIn(render(<AslNoteList notes={timed} baseHref={baseHref} />))).toEqual([]);
          },
        ),
        { numRuns: HEAVY_RUNS },
      );
    },
    TIMEOUT,
  );

  it('should have notes with hostile text that pass validation, so the rendering is exercised', () => {
    const html = render(
      <AslNoteList
        notes={parseWebVTT(
          `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${JSON.stringify({
            gloss: 'DEAF',
            title: '<script>alert(1)</script>',
            body: '<img src=x onerror=alert(1)>',
            handshape: '" onmouseover="alert(1)',
            location: '&lt;b&gt;',
            movement: '\ud800\u0001',
            dictionary: {
              name: '<a href="javascript:alert(1)">x</a>',
              url: 'https://www.handspeak.com/word/?w="><script>',
            },
          })}\n`,
        ).cues.flatMap((cue) => {
          const result = parseAslNote(cue.text);
          return result.ok ? [{ cue, note: result.note }] : [];
        })}
      />,
    );
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('li')).toHaveLength(1);
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    expect(document.querySelector('script, img')).toBeNull();
    expect(problemsIn(html)).toEqual([]);
  });
});

describe(problemsIn.name, () => {
  // The checker itself must catch what it is there to catch, or the properties above prove nothing.
  it.each([
    ['<script>alert(1)</script>', 'element <script>'],
    ['<span onclick="alert(1)">x</span>', 'attribute onclick on <span>'],
    ['<a href="javascript:alert(1)">x</a>', 'href "javascript:alert(1)"'],
    ['<a href="http://evil.example/">x</a>', 'href "http://evil.example/"'],
    ['<span style="color:red">x</span>', 'attribute style on <span>'],
    ['<span class="transcript evil">x</span>', 'class ["evil"]'],
    ['<li data-start="x">y</li>', 'data-start "x"'],
    ['<li id="location">y</li>', 'id "location"'],
  ])('should flag %s', (html, problem) => {
    expect(problemsIn(html)).toContain(problem);
  });
});
