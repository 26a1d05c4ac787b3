/**
 * Keeps the sign-language interpreter's `<video>` in step with the film's. The film is the
 * clock: this only reads it (the media commands remain the only writers of the film) and
 * writes the interpreter video, which nothing else controls.
 */

/** The most the interpreter may be out of step (seconds): about two frames of signing. */
export const MAX_DRIFT_SECONDS = 0.1;
/** Drift beyond this (seconds) is corrected, leaving a margin under {@link MAX_DRIFT_SECONDS}. */
export const CORRECT_DRIFT_SECONDS = 0.05;

/**
 * Makes `follower` follow `leader`: play, pause, seek and playback rate, and drift over
 * {@link CORRECT_DRIFT_SECONDS} corrected on every frame of the leader (where
 * `requestVideoFrameCallback` exists) and every `timeupdate`. A correction while playing aims
 * ahead by the follower's last measured seek time, so that it lands in step instead of behind.
 * The follower is muted: the film carries the sound. Returns the function that stops following.
 */
export function followMedia(leader: HTMLVideoElement, follower: HTMLVideoElement): () => void {
  follower.muted = true;
  let seekLatency = 0;
  let seekStarted = 0;

  const seekFollower = (lead: number) => {
    seekStarted = performance.now();
    const target = leader.currentTime + lead;
    follower.currentTime = Number.isFinite(follower.duration) ? Math.min(target, follower.duration) : target;
  };
  const onFollowerSeeked = () => {
    if (seekStarted > 0) seekLatency = Math.min(0.5, (performance.now() - seekStarted) / 1000);
    seekStarted = 0;
  };
  const correct = () => {
    if (follower.seeking || leader.seeking) return;
    if (follower.playbackRate !== leader.playbackRate) follower.playbackRate = leader.playbackRate;
    const playing = !leader.paused && leader.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA;
    if (Math.abs(follower.currentTime - leader.currentTime) > CORRECT_DRIFT_SECONDS) {
      seekFollower(playing ? seekLatency * leader.playbackRate : 0);
    }
    if (playing && follower.paused) follower.play().catch(() => undefined);
    if (!playing && !follower.paused) follower.pause();
  };
  // The follower starts when the leader's frames do (`playing`), not when it is asked to
  // (`play`): the leader may still be buffering then.
  const onPlaying = () => {
    correct();
    follower.play().catch(() => undefined);
  };
  const onPause = () => {
    follower.pause();
    seekFollower(0);
  };
  const onSeeking = () => seekFollower(0);
  const onRate = () => {
    follower.playbackRate = leader.playbackRate;
  };

  const listeners: [string, () => void][] = [
    ['playing', onPlaying],
    ['waiting', correct],
    ['pause', onPause],
    ['seeking', onSeeking],
    ['seeked', correct],
    ['ratechange', onRate],
    ['timeupdate', correct],
  ];
  for (const [type, listener] of listeners) leader.addEventListener(type, listener);
  follower.addEventListener('seeked', onFollowerSeeked);
  follower.addEventListener('loadedmetadata', correct);

  let frame = 0;
  const onFrame = () => {
    correct();
    frame = leader.requestVideoFrameCallback(onFrame);
  };
  if (typeof leader.requestVideoFrameCallback === 'function')
    frame = leader.requestVideoFrameCallback(onFrame);

  follower.playbackRate = leader.playbackRate;
  seekFollower(0);
  if (!leader.paused) follower.play().catch(() => undefined);

  return () => {
    for (const [type, listener] of listeners) leader.removeEventListener(type, listener);
    follower.removeEventListener('seeked', onFollowerSeeked);
    follower.removeEventListener('loadedmetadata', correct);
    if (frame) leader.cancelVideoFrameCallback(frame);
    follower.pause();
  };
}
