'use client';

import type { CSSProperties } from 'react';
import { cuePlainText, cueSpeaker } from '@/captions/cue-text-plain';
import type { CueNode } from '@/captions/model';
import { isSoundCue } from '@/captions/transcript';
import { CueText } from '@/components/cue-text';
import { useMediaSelector } from '@/components/media/media-provider';
import { captionTime } from '@/components/media/media-store';
import { usePreferences } from '@/components/preferences/preferences-store';
import { captionStyleVars } from './caption-style';
import { cueBoxLayout } from './cue-layout';
import type { PlayerCue, PlayerTrack } from './player-track';
import { useActiveCues } from '@/components/media/use-active-cues';
import './caption-overlay.css';

/** Colours for speakers in "colour only" mode: each at least 7:1 on black. */
const SPEAKER_COLOURS = ['#ffff00', '#00ffff', '#7cfc00', '#ff99ff', '#ffffff', '#ffb84d'];

function speakerColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return SPEAKER_COLOURS[hash % SPEAKER_COLOURS.length]!;
}

/**
 * The app's caption display: the active cues of the chosen track, drawn from their cue-text
 * trees (never HTML strings), placed by their cue settings, styled by the viewer's caption
 * preferences. Its root carries `data-caption-overlay`; its text is exactly what is shown.
 */
export function CaptionOverlay({ track }: { track: PlayerTrack | null }) {
  const cues = useActiveCues(track);
  const style = usePreferences((p) => p.captionStyle);
  const speakerNames = usePreferences((p) => p.speakerNames);
  const soundCues = usePreferences((p) => p.soundCues);
  const position = usePreferences((p) => p.captionPosition);
  const hasKaraoke = cues.some((cue) => cue.text.includes('<0') || /<\d/.test(cue.text));
  // Karaoke timestamps are the file's times: compare them with the caption time (offset applied).
  const time = useMediaSelector((s) => (hasKaraoke ? captionTime(s) : 0));

  const shown = soundCues ? cues : cues.filter((cue) => !isSoundCue(cuePlainText(cue.tree)));
  // Below the video there is no picture to place cues on: they all stack.
  const isPlaced = (cue: PlayerCue) => position === 'over' && cueBoxLayout(cue.settings).flow === 'placed';
  const stacked = shown.filter((cue) => !isPlaced(cue));
  const placed = shown.filter(isPlaced);
  const lang = track?.srclang;

  return (
    <div
      className="caption-overlay"
      data-caption-overlay=""
      data-position={position}
      data-state={shown.length > 0 ? 'showing' : 'empty'}
      lang={lang}
      style={captionStyleVars(style) as CSSProperties}
    >
      <div className="caption-stack">
        {stacked.map((cue) => (
          <CaptionCue key={`${cue.startTime}-${cue.id}`} cue={cue} speakerNames={speakerNames} time={time} />
        ))}
      </div>
      {placed.map((cue) => (
        <CaptionCue
          key={`${cue.startTime}-${cue.id}`}
          cue={cue}
          speakerNames={speakerNames}
          time={time}
          placed
        />
      ))}
    </div>
  );
}

function CaptionCue({
  cue,
  speakerNames,
  time,
  placed = false,
}: {
  cue: PlayerCue;
  speakerNames: 'label' | 'colour';
  time: number;
  placed?: boolean;
}) {
  const layout = cueBoxLayout(cue.settings);
  const speaker = cueSpeaker(cue.tree);
  const box: CSSProperties = placed
    ? { position: 'absolute', top: layout.top, bottom: layout.bottom, left: layout.left, width: layout.width }
    : { marginLeft: layout.left, width: layout.width };
  return (
    <div
      className="caption-cue-box"
      style={{ ...box, textAlign: layout.textAlign }}
      data-start={cue.startTime}
    >
      <span className="caption-cue">
        {speaker && speakerNames === 'label' && <span className="caption-speaker">{speaker}: </span>}
        <span style={speaker && speakerNames === 'colour' ? { color: speakerColour(speaker) } : undefined}>
          <CueText nodes={withoutVoiceAnnotation(cue.tree)} time={time} />
        </span>
      </span>
    </div>
  );
}

/** The voice span's words only: the speaker is shown by the label (or colour) instead. */
function withoutVoiceAnnotation(tree: readonly CueNode[]): CueNode[] {
  return tree.flatMap((node) => (node.type === 'element' && node.name === 'v' ? node.children : [node]));
}
