/**
 * The state of /play outside React: the chosen video, the caption files read so far, the sync
 * offset, and the object URLs they hold. An external store (read with `useSyncExternalStore`)
 * because every change also makes or revokes object URLs, which must happen once per change,
 * not once per render. Files are read in the browser; nothing is sent anywhere.
 */
import {
  captionUrls,
  languageFromFileName,
  shiftCaption,
  type PlayCaption,
  type RefusedCaption,
  type ShiftedCaption,
} from './play-captions';
import { plural } from './plural';

export interface PlayVideo {
  name: string;
  /** An audio file plays in the same player, over a plain area instead of a picture. */
  kind: 'video' | 'audio';
  /** `blob:` URL of the file. */
  url: string;
}

export interface PlaySnapshot {
  video: PlayVideo | null;
  captions: readonly ShiftedCaption[];
  refused: readonly RefusedCaption[];
  /** Milliseconds added to every cue time: positive shows captions later. */
  offsetMs: number;
  /** What the last action did, for a polite status message; '' at first. */
  status: string;
}

/** The offset stays within an hour either way. */
export const MAX_OFFSET_MS = 3_600_000;

export const INITIAL_PLAY_SNAPSHOT: PlaySnapshot = {
  video: null,
  captions: [],
  refused: [],
  offsetMs: 0,
  status: '',
};

const VIDEO_EXTENSION = /\.(?:webm|mp4|m4v|mov|mkv|ogv)$/i;
/** `.ogg` is audio far more often than video (which is `.ogv`); a browser that knows says which. */
const AUDIO_EXTENSION = /\.(?:mp3|ogg|oga|opus|wav|m4a|aac|flac)$/i;

/** Whether a dropped file is a video (by type, or by extension when the type is unknown). */
export function isVideoFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type.startsWith('video/') || (file.type === '' && VIDEO_EXTENSION.test(file.name));
}

/** Whether a file is audio: MP3, Ogg, WAV and the like (by type, or by extension without one). */
export function isAudioFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type.startsWith('audio/') || (file.type === '' && AUDIO_EXTENSION.test(file.name));
}

/** Whether a file goes to the player (video or audio) rather than to the caption reader. */
export function isMediaFile(file: Pick<File, 'name' | 'type'>): boolean {
  return isVideoFile(file) || isAudioFile(file);
}

/** 0 → 'a', 25 → 'z', 26 → 'ba': a number in letters. */
const letters = (n: number): string =>
  (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(97 + (n % 26));

/**
 * What reading caption files did, as one polite status message: how many were read and refused,
 * and for each file read with errors, how many and the first one with its line, so a screen-reader
 * user hears the problem where it is announced instead of finding the report first.
 */
export function captionFilesStatus(read: readonly (PlayCaption | RefusedCaption)[]): string {
  const accepted = read.filter((item): item is PlayCaption => 'file' in item);
  const withErrors = accepted.flatMap(({ file }) => {
    const errors = file.errors.filter((e) => e.severity === 'error');
    const [first] = errors;
    return first
      ? [
          `${file.name} has ${plural(errors.length, 'error')}; the first, line ${first.line}: ${first.message}.`,
        ]
      : [];
  });
  return [
    accepted.length > 0 ? `Read ${plural(accepted.length, 'caption file')}.` : '',
    ...withErrors,
    read.length > accepted.length
      ? `Refused ${plural(read.length - accepted.length, 'file')}: see the report.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function createPlaySession() {
  let snapshot = INITIAL_PLAY_SNAPSHOT;
  let nextKey = 1;
  const listeners = new Set<() => void>();
  const update = (next: Partial<PlaySnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const revoke = (urls: readonly string[]) => urls.forEach((url) => URL.revokeObjectURL(url));

  async function readOne(file: File): Promise<PlayCaption | RefusedCaption> {
    const key = `f${nextKey++}`;
    // The parsers (WebVTT and SubRip) load with the first caption file, not with the page: most of
    // /play's JavaScript, which its first load then neither downloads nor runs.
    const { captionFileSizeProblem, readCaptionFile } = await import('@/captions/caption-file');
    const tooBig = captionFileSizeProblem(file.size);
    if (tooBig) return { key, name: file.name, message: tooBig };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return { key, name: file.name, message: 'The file could not be read.' };
    }
    const result = readCaptionFile(file.name, bytes);
    if (!result.ok) return { key, name: file.name, message: result.message };
    return {
      key,
      file: result,
      kind: /\.subtitles\./i.test(file.name) ? 'subtitles' : 'captions',
      srclang: languageFromFileName(file.name),
    };
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,

    /** Plays `file` (a video, or an audio file), replacing any earlier one. */
    setVideo(file: File) {
      if (snapshot.video) revoke([snapshot.video.url]);
      const kind = isAudioFile(file) ? 'audio' : 'video';
      update({
        video: { name: file.name, kind, url: URL.createObjectURL(file) },
        status: kind === 'audio' ? `Loaded the audio file ${file.name}.` : `Loaded the video ${file.name}.`,
      });
    },

    /**
     * Reads caption files and adds them (a file with the name of one already there replaces
     * it). Each is refused or shown with its report; the status says which.
     */
    async addCaptionFiles(files: readonly File[]) {
      const read = await Promise.all(files.map(readOne));
      const names = new Set(files.map((f) => f.name));
      const replaced = snapshot.captions.filter((c) => names.has(c.file.name));
      revoke(replaced.flatMap(captionUrls));
      const captions = snapshot.captions.filter((c) => !names.has(c.file.name));
      const refused = snapshot.refused.filter((r) => !names.has(r.name));
      for (const item of read) {
        if (!('file' in item)) {
          refused.push(item);
          continue;
        }
        // Two files in one language stay apart in the captions menu, which chooses by language:
        // the second gets a private-use subtag (letters only, as the preferences accept).
        const taken = (tag: string) => captions.some((c) => c.srclang === tag);
        let srclang = item.srclang;
        for (let n = 1; taken(srclang); n += 1) srclang = `${item.srclang}-x-file${letters(n)}`;
        captions.push(shiftCaption({ ...item, srclang }, snapshot.offsetMs));
      }
      update({ captions, refused, status: captionFilesStatus(read) });
    },

    removeCaption(key: string) {
      const gone = snapshot.captions.find((c) => c.key === key);
      if (gone) revoke(captionUrls(gone));
      update({
        captions: snapshot.captions.filter((c) => c.key !== key),
        refused: snapshot.refused.filter((r) => r.key !== key),
        status: `Removed ${gone?.file.name ?? 'the file'}.`,
      });
    },

    /** Shifts every caption file by `offsetMs` (clamped to ±{@link MAX_OFFSET_MS}), live. */
    setOffset(offsetMs: number) {
      const offset = Math.max(-MAX_OFFSET_MS, Math.min(MAX_OFFSET_MS, Math.round(offsetMs)));
      if (!Number.isFinite(offset) || offset === snapshot.offsetMs) return;
      const old = snapshot.captions;
      update({ offsetMs: offset, captions: old.map((c) => shiftCaption(c, offset)), status: '' });
      revoke(old.flatMap(captionUrls));
    },

    /** Revokes every object URL and starts over. */
    dispose() {
      revoke([...(snapshot.video ? [snapshot.video.url] : []), ...snapshot.captions.flatMap(captionUrls)]);
      snapshot = INITIAL_PLAY_SNAPSHOT;
    },
  };
}

export type PlaySession = ReturnType<typeof createPlaySession>;
