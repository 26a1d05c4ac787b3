import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { ShortcutTable } from '@/components/player/shortcut-table';

export const metadata: Metadata = {
  title: 'Accessibility statement',
  description:
    'What Caption Companion conforms to, how it is tested, what is known not to work yet, and how to tell us.',
};

export default function AccessibilityPage() {
  return (
    <main id="main" tabIndex={-1} className="prose">
      <h1>Accessibility statement</h1>
      <p>
        Caption Companion exists so that deaf and hard-of-hearing viewers, screen-reader users, keyboard-only
        users and people who prefer to read get everything a film trailer offers. Accessibility is the
        product, not a feature of it.
      </p>

      <h2>Conformance target</h2>
      <p>
        We aim to conform to the{' '}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines (WCAG) 2.2</a> at level
        AA on every page. For the media itself we go further and work toward these level AAA criteria:
      </p>
      <ul>
        <li>
          1.2.6 Sign language (prerecorded): an interpreter window synced with the video, where a title has
          one.
        </li>
        <li>
          1.2.7 Extended audio description: the video pauses for what a long description still needs once it
          has been read as fast as you allow.
        </li>
        <li>
          1.2.8 Media alternative (prerecorded): a full descriptive transcript of what is said, heard and
          shown, also as its own page.
        </li>
        <li>1.4.8 Visual presentation: captions you can restyle (font, size, colours, background, edges).</li>
      </ul>

      <h2>What works today</h2>
      <ul>
        <li>
          Every title page serves a standard video player with real caption, subtitle, description and chapter
          tracks, which works with JavaScript turned off.
        </li>
        <li>
          The transcript is ordinary HTML: chapter headings, speakers named in text, sound cues and
          descriptions labelled in words (never by colour alone), and each line a link that starts the video
          at its moment, with or without JavaScript.
        </li>
        <li>
          ASL notes explain the signs a viewer meets, how each is made, and link a public ASL dictionary
          entry.
        </li>
        <li>
          A title can have an audio introduction, heard before the film (&ldquo;Play audio
          introduction&rdquo;): who is who, what the screen shows and what the sound design does. It is spoken
          with your description voice and rate while the film waits, and its text is on the page to read.
        </li>
        <li>
          On the page for your own files, an audio file (MP3, Ogg, WAV) plays in the same player, with its
          captions over a plain area, a transcript, the sync offset and the exports.
        </li>
        {/* Caption timing (issue #14, part 1). */}
        <li>
          Captions a little early or late for you can be moved: Settings, then Caption style, then Caption
          timing (100 ms or 1 s earlier or later, an exact number of milliseconds, Reset), or the G and H keys
          in the player, which say the new timing politely (&ldquo;Captions: 300 ms later&rdquo;). It is
          remembered for each title, and the transcript&rsquo;s current line, voiced captions, the current ASL
          note and &ldquo;pause after each caption&rdquo; follow it too.
        </li>
        <li>
          Every page has a skip link, one main landmark, a logical heading order and a visible keyboard focus.
        </li>
        <li>Pages follow your system&rsquo;s light or dark colour scheme and reduced-motion setting.</li>
      </ul>

      <h2>Controls for how you watch</h2>
      <p>Each is remembered in your browser, and each works with the keyboard and a screen reader.</p>
      <ul>
        <li>
          <strong>Go to time</strong>: &ldquo;Go to time&hellip;&rdquo; in the player&rsquo;s Settings menu,
          or the <kbd>T</kbd> key, opens a field. Type <code>1:23</code>, <code>83</code>, <code>1m23s</code>{' '}
          or <code>1:02:03</code> and press Enter: the video goes there, the new position is announced, and
          focus returns to where you were. Anything else is answered with &ldquo;Type a time like 1:23&rdquo;,
          and a time after the end names the end; the video does not move.
        </li>
        <li>
          <strong>Your caption style on another device</strong>: in Caption style, &ldquo;Use your caption
          style elsewhere&rdquo; gives a short code and a link. Opening the link, or pasting the code there,
          shows a preview and asks before anything changes; &ldquo;Keep mine&rdquo; is remembered, so the same
          link does not ask again. A damaged code, or one from a newer version of this site, says so and
          changes nothing.
        </li>
        <li>
          <strong>Description that fits</strong>: a description that fits a pause in the dialogue is read over
          the film with the film&rsquo;s sound lowered (&ldquo;Film volume while a description is read&rdquo;,
          0&ndash;100&nbsp;%) and put back after; a longer one is read faster, up to your &ldquo;Fastest
          speed, to fit a long description&rdquo;; only what still does not fit pauses the video (extended
          description, which you can turn off). Both are in Description settings under the player.
        </li>
        <li>
          <strong>Signer first</strong>: for a title with a sign-language interpreter, the interpreter layout
          &ldquo;Signer first&rdquo; makes the interpreter the large picture and the film small in its corner.
          As a window over the film, the interpreter can be moved, resized and made see-through (&ldquo;Window
          opacity&rdquo;, 20&ndash;100&nbsp;%).
        </li>
      </ul>

      <h2>How we test</h2>
      <p>
        Every change runs automated checks in a real browser (Chromium): the axe-core rules for WCAG 2.2
        levels A and AA on every page and in every state a visitor can reach, a keyboard walk through each
        page, a virtual screen reader that reads the watch page from top to bottom and operates the player,
        the transcript search and the announcements, the pages at 320 pixels wide, zoomed, with text spacing
        overridden, in forced colours and with JavaScript turned off. The caption files are checked at build
        time against the WebVTT standard and against caption-quality guidance (line length, reading speed,
        duration and gaps).
      </p>
      <p>
        A real screen reader is part of every test run too: Orca 43 (the screen reader of the GNOME desktop,
        on Linux) with Chromium, its speech recorded as text. Orca&rsquo;s own keys drive it, and each journey
        checks what it says, by names, roles and states:
      </p>
      <ul>
        <li>
          moving by headings on the watch page reaches the film&rsquo;s title, then Player, Transcript and ASL
          interpreter notes;
        </li>
        <li>
          Tab reaches the Play button, named as a button, and Space starts the video (it becomes Pause);
        </li>
        <li>
          the Caption settings dialog is announced as a dialog with its first control, and Escape returns to
          the Caption settings button;
        </li>
        <li>typing in the transcript search is followed by the number of matches once typing pauses;</li>
        <li>with voiced captions on, the captions are spoken as the video plays;</li>
        <li>with audio description through the screen reader, the descriptions are spoken;</li>
        <li>
          reading all from the Transcript heading reads the lines in time order with times and speakers;
        </li>
        <li>
          on the Play your own files page, choosing a broken caption file is answered with its first error and
          line.
        </li>
      </ul>

      <h2>The player embedded in other sites</h2>
      <p>
        Other sites can embed this player in their pages, with the same captions, caption settings, audio
        description, shortcuts and sign-language window. In an embedded player the shortcuts work only while
        keyboard focus is inside it, and a link leads to the full page with the transcript and ASL notes.
      </p>
      <p>
        Your preferences (caption style, caption language, audio description, shortcuts on or off) are kept in
        your browser, never sent to us. Inside another site, browsers keep a separate store for each site that
        embeds the player (partitioned storage): settings you choose in the player on one news site stay with
        that site, and do not carry over to this site or to another site that embeds it. Private browsing, or
        a browser that blocks storage in embedded frames, keeps them only until the page is closed. Options in
        the embed code a site uses (a start time, a caption language, audio description on, starting muted)
        are applied when the player loads.
      </p>

      <h2>Keyboard shortcuts</h2>
      <p>
        The shortcuts work while keyboard focus is inside the player, never while you type in a field.
        Single-key shortcuts can be turned off in the player&rsquo;s Keyboard shortcuts dialog (WCAG 2.1.4).
      </p>
      <ShortcutTable caption="Player keyboard shortcuts" />

      <h2>Known limitations</h2>
      <ul>
        <li>
          The demo video is a synthetic stand-in made from title cards and synthetic voices, not the
          studio&rsquo;s trailer; there is no filmed sign-language interpreter for it, so the interpreter
          window appears only for titles that have one.
        </li>
        <li>
          Captions with vertical text (used for some East Asian languages) are shown horizontally, and cues
          placed at the same explicit line may overlap each other; cues without a placement always stack
          without overlapping.
        </li>
        <li>
          In picture-in-picture the browser draws the captions itself, so your caption style does not apply
          there.
        </li>
        <li>
          Of the real screen readers, only Orca with Chromium on Linux is tested, and only automatically,
          along the journeys above. The pages have not yet been tried with NVDA, JAWS, VoiceOver (macOS or
          iOS) or TalkBack, nor by people who use a screen reader every day; if you use one, your feedback is
          especially welcome.
        </li>
      </ul>

      <h2>Feedback</h2>
      <p>
        If something does not work for you, tell us what you were trying to do, on which page, and with which
        browser and assistive technology. Write to{' '}
        <a href="mailto:access@caption-companion.example">access@caption-companion.example</a>; we answer
        within five working days. You can also go back to the <SiteLink href="/">home page</SiteLink>.
      </p>
    </main>
  );
}
