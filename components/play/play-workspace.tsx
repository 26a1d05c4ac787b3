'use client';

import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { isLintProfileName, LINT_PROFILES, type LintProfileName } from '@/captions/lint';
import { transcriptLanguages } from '@/captions/transcript';
import { CaptionOffsetControl } from '@/components/caption-offset/caption-offset-control';
import { MediaProvider } from '@/components/media/media-provider';
import { useHydrated } from '@/components/hydration/use-hydrated';
import { CaptionDownloads } from './caption-downloads';
import { FilePicker } from './file-picker';
import { playerTracksOf } from './play-captions';
import { createPlaySession, INITIAL_PLAY_SNAPSHOT, MAX_OFFSET_MS } from './play-session';
import './play.css';

const serverSnapshot = () => INITIAL_PLAY_SNAPSHOT;

// What shows a chosen file loads with the first one: until then /play shows only its file inputs,
// offset and profile, and its first load neither downloads nor hydrates the player, the
// transcript or the report (Lighthouse's Total Blocking Time and LCP, `npm run bench`).
const PlayerFrame = lazy(() =>
  import('@/components/player/player-frame').then((m) => ({ default: m.PlayerFrame })),
);
const TranscriptView = lazy(() =>
  import('@/components/transcript/transcript-view').then((m) => ({ default: m.TranscriptView })),
);
const CaptionReports = lazy(() => import('./caption-report').then((m) => ({ default: m.CaptionReports })));

/**
 * Everything on /play below the introduction: the file inputs, the player with the chosen
 * video and caption files (the watch page's player, overlay, settings and shortcuts), the sync
 * offset and downloads, the validation report and the transcript.
 */
export function PlayWorkspace() {
  const [session] = useState(createPlaySession);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, serverSnapshot);
  const hydrated = useHydrated();
  const [profile, setProfile] = useState<LintProfileName>('adult');
  useEffect(() => () => session.dispose(), [session]);

  const { video, captions, refused, offsetMs, status } = snapshot;
  const tracks = useMemo(() => playerTracksOf(captions), [captions]);
  const transcripts = useMemo(
    () =>
      transcriptLanguages(
        captions.map((c) => ({ kind: c.kind, srclang: c.srclang, label: c.file.name, cues: c.cues })),
      ),
    [captions],
  );
  const fileCount = captions.length + refused.length;

  return (
    <MediaProvider>
      <section className="play-files" aria-labelledby="files-heading">
        <h2 id="files-heading">Your files</h2>
        <FilePicker
          ready={hydrated}
          onVideo={session.setVideo}
          onCaptions={(files) => void session.addCaptionFiles(files)}
        />
        <p role="status" className="play-status">
          {status}
        </p>
      </section>

      <div className="play-layout">
        <section className="player-section" aria-labelledby="player-heading">
          <h2 id="player-heading">Player</h2>
          {video ? (
            <Suspense fallback={<LoadingPart what="player" />}>
              <PlayerFrame
                key={video.url}
                tracks={tracks}
                duration={Number.MAX_SAFE_INTEGER}
                whenVideoFails="The captions' transcript below still works."
                fileOffset={{ offsetMs, limitMs: MAX_OFFSET_MS, onChange: session.setOffset }}
              >
                <video
                  id="title-video"
                  src={video.url}
                  controls
                  preload="metadata"
                  playsInline
                  data-media={video.kind}
                  aria-label={`${video.name}: ${video.kind}`}
                >
                  {tracks.map((track) => (
                    <track
                      key={track.url}
                      kind={track.kind}
                      src={track.url}
                      srcLang={track.srclang}
                      label={track.label}
                    />
                  ))}
                </video>
              </PlayerFrame>
            </Suspense>
          ) : (
            <p className="play-empty">Choose a video or audio file to play it here.</p>
          )}

          <h3>Sync offset</h3>
          <p>If the captions come too early or too late, move them: the player follows at once.</p>
          <CaptionOffsetControl
            id="play-offset"
            offsetMs={offsetMs}
            onChange={session.setOffset}
            limitMs={MAX_OFFSET_MS}
          />

          <h3>Download the corrected captions</h3>
          <CaptionDownloads captions={captions} offsetMs={offsetMs} />
        </section>

        <section className="play-report" aria-labelledby="report-heading">
          <h2 id="report-heading">Validation report</h2>
          <div className="play-field">
            <label htmlFor="play-profile">Quality profile</label>
            <select
              id="play-profile"
              value={profile}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isLintProfileName(value)) setProfile(value);
              }}
            >
              {Object.values(LINT_PROFILES).map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name === 'adult' ? 'Adult programmes' : "Children's programmes"} (at most{' '}
                  {p.readingSpeedWarning} characters a second)
                </option>
              ))}
            </select>
          </div>
          {fileCount === 0 ? (
            <p>Choose a caption file to check it.</p>
          ) : (
            <Suspense fallback={<LoadingPart what="validation report" />}>
              <CaptionReports
                captions={captions}
                refused={refused}
                profile={profile}
                onRemove={session.removeCaption}
              />
            </Suspense>
          )}
        </section>

        <section className="transcript-section" aria-labelledby="transcript-heading">
          <h2 id="transcript-heading">Transcript</h2>
          {transcripts.length === 0 ? (
            <p>The captions appear here as text once a caption file is read.</p>
          ) : (
            // Remounted when the cues move: the lists are rendered once and then only marked in place.
            <Suspense fallback={<LoadingPart what="transcript" />}>
              <TranscriptView
                key={tracks.map((t) => t.url).join(' ')}
                transcripts={transcripts}
                variant="panel"
              />
            </Suspense>
          )}
        </section>
      </div>
    </MediaProvider>
  );
}

/**
 * Where a part loaded with the first file (the player, the report, the transcript) will be, while
 * its code is on the way: on a slow network the section would otherwise stand empty.
 */
function LoadingPart({ what }: { what: string }) {
  return (
    <p className="play-empty" data-loading={what}>
      Loading the {what}…
    </p>
  );
}
