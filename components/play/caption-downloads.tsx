import { baseName, type ShiftedCaption } from './play-captions';

/**
 * The corrected files, as links to the object URLs already made for the player: WebVTT (the
 * track itself) and SubRip, named after the file (`film.en.shifted.vtt` when shifted).
 */
export function CaptionDownloads({
  captions,
  offsetMs,
}: {
  captions: readonly ShiftedCaption[];
  offsetMs: number;
}) {
  if (captions.length === 0) return <p>Choose a caption file to download a corrected copy.</p>;
  const suffix = offsetMs === 0 ? '' : '.shifted';
  return (
    <ul className="play-downloads">
      {captions.map((caption) => {
        const base = `${baseName(caption.file.name)}${suffix}`;
        return (
          <li key={caption.key}>
            {caption.file.name}:{' '}
            <a href={caption.vttUrl} download={`${base}.vtt`}>
              Download {base}.vtt
            </a>{' '}
            ·{' '}
            <a href={caption.srtUrl} download={`${base}.srt`}>
              Download {base}.srt
            </a>
          </li>
        );
      })}
    </ul>
  );
}
