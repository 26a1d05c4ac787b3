// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useCallback, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaProvider, useAttachMedia } from '../../components/media/media-provider';
import { GoToTime, NOT_READY_MESSAGE } from '../../components/player/go-to-time';
import { expectNoAxeViolations } from './axe';

/** A page with a 117.4 s video attached to the media store, and the field. */
function Player({ attach = true }: { attach?: boolean }) {
  const video = useRef<HTMLVideoElement>(null);
  const container = useRef<HTMLDivElement>(null);
  useAttachMedia(
    useCallback(() => {
      if (!attach || !video.current || !container.current) return null;
      Object.defineProperty(video.current, 'duration', { value: 117.4 });
      return { video: video.current, container: container.current };
    }, [attach]),
  );
  return (
    <div ref={container}>
      <video ref={video} aria-label="Film" />
      <GoToTime />
    </div>
  );
}

const renderPlayer = (attach = true) =>
  render(
    <MediaProvider>
      <Player attach={attach} />
    </MediaProvider>,
  );
const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Go to time' });
const video = () => document.querySelector('video')!;
const go = (text: string) => {
  fireEvent.change(field(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Go' }));
};
const description = () =>
  field()
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => document.getElementById(id)!.textContent)
    .join(' ');

afterEach(cleanup);

describe('given the go-to-time field', () => {
  it('should be labelled, valid and described by an example', async () => {
    renderPlayer();
    expect(field().getAttribute('aria-invalid')).toBeNull();
    expect(description()).toBe('For example 1:23, 83 or 1m23s');
    await expectNoAxeViolations('idle');
  });

  describe('after typing 1:23 and pressing Enter', () => {
    it('should seek to 83 s and announce the new position politely', async () => {
      renderPlayer();
      fireEvent.change(field(), { target: { value: '1:23' } });
      act(() => {
        field().form!.requestSubmit();
      });
      expect(video().currentTime).toBe(83);
      expect(screen.getByRole('status').textContent).toBe('Went to 1 minute 23 seconds');
      expect(field().getAttribute('aria-invalid')).toBeNull();
      await expectNoAxeViolations('done');
    });
  });

  describe('after typing something that is not a time', () => {
    it('should mark the field invalid, describe it with the error and leave the video where it was', async () => {
      renderPlayer();
      video().currentTime = 10;
      go('soon');
      expect(video().currentTime).toBe(10);
      expect(field().getAttribute('aria-invalid')).toBe('true');
      expect(description()).toBe('Type a time like 1:23');
      expect(screen.getByRole('status').textContent).toBe('');
      await expectNoAxeViolations('invalid');
    });

    it('should clear the error once the viewer types again', () => {
      renderPlayer();
      go('soon');
      fireEvent.change(field(), { target: { value: '1:2' } });
      expect(field().getAttribute('aria-invalid')).toBeNull();
      expect(description()).toBe('For example 1:23, 83 or 1m23s');
    });
  });

  describe('after typing a time past the end', () => {
    it('should say so with the end time and not seek', async () => {
      renderPlayer();
      go('2:30');
      expect(video().currentTime).toBe(0);
      expect(field().getAttribute('aria-invalid')).toBe('true');
      expect(description()).toBe('2:30 is past the end (1:57)');
      await expectNoAxeViolations('past the end');
    });
  });

  describe('before the player has a video', () => {
    it('should say the video is not ready', () => {
      renderPlayer(false);
      go('1:23');
      expect(description()).toBe(NOT_READY_MESSAGE);
    });
  });
});
