/**
 * The embed's postMessage API: what a host page may send the embedded player, and what the player
 * tells it. Messages are plain JSON objects tagged with the API's name and version:
 *
 *   host → player  { api: 'caption-companion', version: 1, type: 'play' | 'pause' }
 *                  { api, version, type: 'seek', time: seconds }
 *                  { api, version, type: 'setCaptions', language: srclang | 'off' }
 *   player → host  { api, version, type: 'ready', duration, captions: srclang[] }
 *                  { api, version, type: 'play' | 'pause' | 'ended' | 'timeupdate', time }
 *                  { api, version, type: 'cuechange', text, startTime, endTime } (text '' when none)
 *
 * Why this is safe: the player only accepts commands from the window that frames it (and, with
 * `EMBED_ORIGINS` set, only from those origins), and a command can do no more than the viewer's
 * own controls: play, pause, seek within the film, choose among the title's caption tracks. Nothing
 * sent is ever treated as markup, a URL or code. Events carry only what any visitor of the public
 * page can see (times and caption text of a published trailer), never preferences or anything
 * from storage, so posting them to any origin (`*`) discloses nothing.
 */

export const EMBED_API = 'caption-companion';
export const EMBED_API_VERSION = 1;

export type EmbedCommand =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; time: number }
  | { type: 'setCaptions'; language: string };

export type EmbedEvent =
  | { type: 'ready'; duration: number; captions: string[] }
  | { type: 'play' | 'pause' | 'ended' | 'timeupdate'; time: number }
  | { type: 'cuechange'; text: string; startTime: number | null; endTime: number | null };

/** `srclang` values are BCP 47 tags: letters, digits and hyphens, short. */
const LANGUAGE = /^[A-Za-z0-9-]{1,35}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The command a message carries, or null for anything else: not an object, another API or
 * version, an unknown type, or a field of the wrong type or range (a `seek` time that is not a
 * finite number ≥ 0, a language that is not a language tag). Never throws, whatever it is given
 * (getters that throw included), so a host's stray or hostile messages are simply ignored.
 */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  try {
    if (!isRecord(data) || data.api !== EMBED_API || data.version !== EMBED_API_VERSION) return null;
    switch (data.type) {
      case 'play':
      case 'pause':
        return { type: data.type };
      case 'seek': {
        const { time } = data;
        return typeof time === 'number' && Number.isFinite(time) && time >= 0 ? { type: 'seek', time } : null;
      }
      case 'setCaptions': {
        const { language } = data;
        return typeof language === 'string' && LANGUAGE.test(language)
          ? { type: 'setCaptions', language }
          : null;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** The message for an event, tagged with the API and its version. */
export function embedMessage(event: EmbedEvent): EmbedEvent & { api: string; version: number } {
  return { api: EMBED_API, version: EMBED_API_VERSION, ...event };
}

/** `timeupdate` events are sent at most this often (4 a second). */
export const TIMEUPDATE_INTERVAL_MS = 250;

/**
 * Whether a `timeupdate` at `now` may be sent, the last one having been sent at `last`
 * (milliseconds on one clock; null: none yet). Keeps the host's event rate at ≤ 4 a second
 * whatever rate the browser fires `timeupdate` at.
 */
export function timeupdateDue(last: number | null, now: number): boolean {
  return last === null || now - last >= TIMEUPDATE_INTERVAL_MS;
}
