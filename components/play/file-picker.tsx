'use client';

import { useState, type DragEvent } from 'react';
import { isMediaFile } from './play-session';

/**
 * The two file inputs ("Video file", which also takes audio, and "Caption file", several at
 * once) and a drop zone around them: dropped videos and audio files go to the player, everything
 * else is read as captions. The inputs are
 * the keyboard's way in; dropping is a shortcut for pointer users. Disabled until hydrated, so a
 * file chosen before the page can read it is never lost.
 */
export function FilePicker({
  ready,
  onVideo,
  onCaptions,
}: {
  ready: boolean;
  onVideo: (file: File) => void;
  onCaptions: (files: File[]) => void;
}) {
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    const media = files.find(isMediaFile);
    if (media) onVideo(media);
    const captions = files.filter((file) => !isMediaFile(file));
    if (captions.length > 0) onCaptions(captions);
  };

  return (
    <div
      className="play-drop"
      data-state={dragging ? 'over' : 'idle'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="play-field">
        <label htmlFor="play-video">Video file</label>
        <input
          id="play-video"
          type="file"
          accept="video/*,audio/*,.webm,.mp4,.mov,.mkv,.ogv,.mp3,.ogg,.oga,.opus,.wav,.m4a,.flac"
          disabled={!ready}
          aria-describedby="play-video-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onVideo(file);
            event.currentTarget.value = '';
          }}
        />
        <p id="play-video-hint" className="play-hint">
          Any video your browser plays: WebM or MP4 work everywhere. Or an audio file (MP3, Ogg, WAV): its
          captions show over a plain area.
        </p>
      </div>
      <div className="play-field">
        <label htmlFor="play-captions">Caption file</label>
        <input
          id="play-captions"
          type="file"
          multiple
          accept=".vtt,.srt,text/vtt,application/x-subrip"
          disabled={!ready}
          aria-describedby="play-captions-hint"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            if (files.length > 0) onCaptions(files);
            event.currentTarget.value = '';
          }}
        />
        <p id="play-captions-hint" className="play-hint">
          WebVTT (.vtt) or SubRip (.srt), UTF-8 or UTF-16, up to 10 MB each; choose several to compare them.
          Name a file like <code>film.es.srt</code> to mark its language.
        </p>
      </div>
      <p className="play-drop-hint" aria-hidden="true">
        Or drop the files here.
      </p>
    </div>
  );
}
