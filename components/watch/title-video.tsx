import { preload } from 'react-dom';
import type { LoadedTitle } from '@/captions/title-folder';

const VISIBLE_KINDS = new Set(['captions', 'subtitles', 'descriptions', 'chapters', 'metadata']);

/**
 * The server-rendered `<video controls>` with real `<track>`s: without JavaScript the browser's
 * own player and captions do everything. `startTime` adds a `#t=` media fragment so a `?t=`
 * link starts the video at that moment.
 */
export function TitleVideo({ title, startTime }: { title: LoadedTitle; startTime: number | null }) {
  const fragment = startTime ? `#t=${startTime}` : '';
  const { manifest } = title;
  // The poster is the page's largest paint: asked for from the head, first, not when the parser
  // reaches the video behind the page's scripts.
  preload(manifest.poster, { as: 'image', fetchPriority: 'high' });
  return (
    <video
      id="title-video"
      controls
      preload="metadata"
      playsInline
      poster={manifest.poster}
      aria-label={`${manifest.title}: video`}
      aria-describedby="media-notice"
    >
      {manifest.sources.map((source) => (
        <source key={source.src} src={`${source.src}${fragment}`} type={source.type} />
      ))}
      {title.tracks
        .filter((track) => VISIBLE_KINDS.has(track.kind) && track.parsed.valid)
        .map((track) => (
          <track
            key={track.src}
            kind={track.kind}
            src={track.url}
            srcLang={track.srclang}
            label={track.label}
            default={track.default}
          />
        ))}
      <p>Your browser cannot play this video. The transcript below carries everything it says and shows.</p>
    </video>
  );
}
