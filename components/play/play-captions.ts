/**
 * The caption files chosen on /play, as the player and the exports need them: each file's cues
 * shifted by the sync offset and written out as WebVTT (the `<track>` the browser loads, which is
 * also the WebVTT download) and as SubRip. Object URLs are made here and revoked by the caller
 * when replaced, so no file content ever leaves the page.
 */
import type { CaptionFile } from '@/captions/caption-file';
import type { Cue } from '@/captions/model';
import { shiftCues } from '@/captions/shift-cues';
import { srtCueText, toSrt } from '@/captions/srt';
import { toWebVTT } from '@/captions/write-vtt';
import type { PlayerTrack } from '@/components/player/player-track';

/** A file that was read and parsed: shown on the player, in the report and the transcript. */
export interface PlayCaption {
  /** Unique on the page; also keeps same-language files apart in the captions menu. */
  key: string;
  file: CaptionFile;
  kind: 'captions' | 'subtitles';
  srclang: string;
}

/** A caption file the page refused, with the reason. */
export interface RefusedCaption {
  key: string;
  name: string;
  message: string;
}

/** A PlayCaption at the current offset, with the object URLs of its two written forms. */
export interface ShiftedCaption extends PlayCaption {
  cues: Cue[];
  /** `blob:` URL of the WebVTT text: the `<track src>` and the WebVTT download. */
  vttUrl: string;
  /** `blob:` URL of the SubRip text, for the SRT download. */
  srtUrl: string;
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const NOT_LANGUAGES = new Set([
  'captions',
  'subtitles',
  'descriptions',
  'chapters',
  'metadata',
  'vtt',
  'srt',
  'sdh',
  'cc',
]);

/**
 * The language a file name declares, as title folders do (`film.es.srt`, `talk.en-GB.captions.vtt`):
 * the last dot-separated part before the extension that looks like a language tag. Without one,
 * `en`, the page's language.
 */
export function languageFromFileName(name: string): string {
  const parts = name.split('.').slice(1, -1).reverse();
  return parts.find((part) => LANGUAGE.test(part) && !NOT_LANGUAGES.has(part)) ?? 'en';
}

/** The file name without its extension, for naming downloads (`film.en.srt` → `film.en`). */
export function baseName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Writes `caption` shifted by `offsetMs` and makes object URLs for both forms. */
export function shiftCaption(caption: PlayCaption, offsetMs: number): ShiftedCaption {
  const cues = shiftCues(caption.file.cues, offsetMs);
  const vtt = new Blob([toWebVTT(cues)], { type: 'text/vtt' });
  const srt = new Blob([toSrt(cues.map((cue) => ({ ...cue, text: srtCueText(cue.tree) })))], {
    type: 'application/x-subrip',
  });
  return { ...caption, cues, vttUrl: URL.createObjectURL(vtt), srtUrl: URL.createObjectURL(srt) };
}

/** The object URLs a shifted caption holds, to revoke when it is replaced. */
export function captionUrls(caption: ShiftedCaption): string[] {
  return [caption.vttUrl, caption.srtUrl];
}

/** What the player needs: one track per file, the first the default. */
export function playerTracksOf(captions: readonly ShiftedCaption[]): PlayerTrack[] {
  return captions.map((caption, i) => ({
    kind: caption.kind,
    srclang: caption.srclang,
    label: caption.file.name,
    url: caption.vttUrl,
    default: i === 0,
    available: true,
  }));
}
