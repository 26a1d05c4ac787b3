import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTitle, titleSlugs } from '@/app/titles';
import { srtCueText, toSrt } from '@/captions/srt';
import { transcriptText } from '@/captions/transcript-text';
import { titleTranscripts } from '@/components/transcript/title-transcripts';
import {
  parseTranscriptFileName,
  TRANSCRIPT_FORMAT_NAMES,
  TRANSCRIPT_FORMATS,
  transcriptFileName,
} from '@/components/transcript/transcript-files';

// The transcript downloads: built once per title, language and format at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { slug: string; file: string }[] {
  return titleSlugs().flatMap((slug) => {
    const title = loadTitle(slug);
    return title
      ? titleTranscripts(title).flatMap(({ srclang }) =>
          TRANSCRIPT_FORMAT_NAMES.map((format) => ({
            slug,
            file: transcriptFileName(slug, srclang, format),
          })),
        )
      : [];
  });
}

export async function GET(_request: Request, context: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await context.params;
  const title = loadTitle(slug);
  const transcripts = title ? titleTranscripts(title) : [];
  const wanted = parseTranscriptFileName(
    slug,
    transcripts.map((t) => t.srclang),
    file,
  );
  const transcript = transcripts.find((t) => t.srclang === wanted?.srclang);
  const track = title?.tracks.find(
    (t) => t.kind === transcript?.kind && t.srclang === transcript.srclang && t.parsed.valid,
  );
  if (!title || !wanted || !transcript || !track) return new Response('Not found', { status: 404 });

  const body =
    wanted.format === 'vtt'
      ? readFileSync(/*turbopackIgnore: true*/ path.join(title.folder, track.src))
      : wanted.format === 'srt'
        ? toSrt(
            track.parsed.cues.map((cue) => ({
              startTime: cue.startTime,
              endTime: cue.endTime,
              text: srtCueText(cue.tree),
            })),
          )
        : transcriptText(transcript.chapters, {
            title: `${title.manifest.title}: transcript (${transcript.label})`,
            preface: title.manifest.mediaNotice ? [title.manifest.mediaNotice] : [],
          });
  return new Response(body, {
    headers: {
      'Content-Type': TRANSCRIPT_FORMATS[wanted.format].contentType,
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
