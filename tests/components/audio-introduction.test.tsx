// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaProvider, useAttachMedia } from '../../components/media/media-provider';
import { AudioIntroductionControl } from '../../components/watch/audio-introduction';
import { expectNoAxeViolations } from './axe';

const INTRODUCTION = { srclang: 'en', paragraphs: ['Who is who.', 'What the screen shows.'] };

/** The Web Speech API, faked: utterances are kept, and end when the test says so. */
class FakeUtterance {
  rate = 1;
  volume = 1;
  voice: unknown = null;
  lang = '';
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}
let spoken: FakeUtterance[] = [];
const synth = {
  speak: (u: FakeUtterance) => spoken.push(u),
  cancel: vi.fn(),
  getVoices: () => [],
};

const pauseFilm = vi.fn();

/** The control beside a film whose `pause` is watched. */
function Page() {
  const video = useRef<HTMLVideoElement>(null);
  const container = useRef<HTMLDivElement>(null);
  useAttachMedia(
    useCallback(() => {
      if (!video.current || !container.current) return null;
      video.current.pause = pauseFilm;
      return { video: video.current, container: container.current };
    }, []),
  );
  return (
    <div ref={container}>
      <video ref={video} aria-label="Film" />
      <AudioIntroductionControl introduction={INTRODUCTION} />
    </div>
  );
}

const renderControl = () =>
  render(
    <MediaProvider>
      <Page />
    </MediaProvider>,
  );
const button = (name: string) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status').textContent;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('given a browser that can speak', () => {
  beforeEach(() => {
    spoken = [];
    synth.cancel.mockClear();
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', synth);
  });

  it('should offer the introduction, described, with its text to read', async () => {
    renderControl();
    expect(button('Audio introduction').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Read the audio introduction')).toBeTruthy();
    await expectNoAxeViolations('idle');
  });

  describe('after pressing Audio introduction', () => {
    it('should pause the film, speak each paragraph in turn, then say it has ended', async () => {
      renderControl();
      pauseFilm.mockClear();
      fireEvent.click(button('Audio introduction'));
      expect(pauseFilm).toHaveBeenCalledOnce();
      expect(button('Audio introduction').getAttribute('aria-pressed')).toBe('true');
      expect(spoken.map((u) => u.text)).toEqual(['Who is who.']);
      expect(status()).toBe('Playing the audio introduction. The film is paused.');
      await expectNoAxeViolations('speaking');

      act(() => spoken[0]!.onend!());
      expect(spoken.map((u) => u.text)).toEqual(['Who is who.', 'What the screen shows.']);
      act(() => spoken[1]!.onend!());
      expect(status()).toBe('The audio introduction has ended.');
      expect(button('Audio introduction').getAttribute('aria-pressed')).toBe('false');
    });

    it('should stop when the same button is pressed again', () => {
      renderControl();
      fireEvent.click(button('Audio introduction'));
      fireEvent.click(button('Audio introduction'));
      expect(synth.cancel).toHaveBeenCalled();
      expect(status()).toBe('');
      act(() => spoken[0]!.onend!());
      expect(spoken).toHaveLength(1);
    });
  });
});

describe('given a browser that cannot speak', () => {
  it('should say so and open the text to read', async () => {
    // jsdom has no Web Speech API at all.
    renderControl();
    fireEvent.click(button('Audio introduction'));
    expect(status()).toBe('This browser cannot speak. The audio introduction is below to read.');
    expect(document.querySelector('details')!.open).toBe(true);
    expect(screen.getByText('What the screen shows.')).toBeTruthy();
    await expectNoAxeViolations('unavailable');
  });
});
