import { describe, expect, it } from 'vitest';
import {
  EMBED_API,
  EMBED_API_VERSION,
  embedMessage,
  parseEmbedCommand,
  timeupdateDue,
} from '../../../components/embed/embed-messages';

const message = (fields: Record<string, unknown>) => ({
  api: EMBED_API,
  version: EMBED_API_VERSION,
  ...fields,
});

describe(parseEmbedCommand.name, () => {
  it.each([
    [message({ type: 'play' }), { type: 'play' }],
    [message({ type: 'pause' }), { type: 'pause' }],
    [message({ type: 'seek', time: 12.5 }), { type: 'seek', time: 12.5 }],
    [message({ type: 'seek', time: 0 }), { type: 'seek', time: 0 }],
    [message({ type: 'setCaptions', language: 'es' }), { type: 'setCaptions', language: 'es' }],
    [message({ type: 'setCaptions', language: 'off' }), { type: 'setCaptions', language: 'off' }],
    [message({ type: 'play', extra: 'ignored' }), { type: 'play' }],
  ])('should read %j', (data, expected) => {
    expect(parseEmbedCommand(data)).toEqual(expected);
  });

  const throwing = { api: EMBED_API, version: EMBED_API_VERSION };
  Object.defineProperty(throwing, 'type', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'play'],
    ['a JSON string', JSON.stringify(message({ type: 'play' }))],
    ['a number', 1],
    ['an array', [message({ type: 'play' })]],
    ['an empty object', {}],
    ['another API', { api: 'youtube', version: 1, type: 'play' }],
    ['another version', { api: EMBED_API, version: 2, type: 'play' }],
    ['a version as a string', { api: EMBED_API, version: '1', type: 'play' }],
    ['an unknown type', message({ type: 'eval' })],
    ['a prototype key as type', message({ type: 'constructor' })],
    ['a seek without time', message({ type: 'seek' })],
    ['a seek to a string', message({ type: 'seek', time: '10' })],
    ['a seek to NaN', message({ type: 'seek', time: Number.NaN })],
    ['a seek to Infinity', message({ type: 'seek', time: Number.POSITIVE_INFINITY })],
    ['a seek to a negative time', message({ type: 'seek', time: -1 })],
    ['captions without a language', message({ type: 'setCaptions' })],
    ['captions with markup', message({ type: 'setCaptions', language: '<img src=x>' })],
    ['captions with a long language', message({ type: 'setCaptions', language: 'a'.repeat(36) })],
    ['a getter that throws', throwing],
  ])('should ignore %s', (_name, data) => {
    expect(parseEmbedCommand(data)).toBeNull();
  });
});

describe(embedMessage.name, () => {
  it('should tag an event with the API and version', () => {
    expect(embedMessage({ type: 'play', time: 3 })).toEqual({
      api: EMBED_API,
      version: EMBED_API_VERSION,
      type: 'play',
      time: 3,
    });
  });

  it('should round-trip through JSON', () => {
    const event = embedMessage({ type: 'cuechange', text: 'Hello', startTime: 1, endTime: 2 });
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });
});

describe(timeupdateDue.name, () => {
  it.each<[number | null, number, boolean]>([
    [null, 0, true],
    [1000, 1100, false],
    [1000, 1249, false],
    [1000, 1250, true],
    [1000, 5000, true],
  ])('last %s, now %s → %s', (last, now, expected) => {
    expect(timeupdateDue(last, now)).toBe(expected);
  });

  it('should allow at most 4 a second for events every 10 ms', () => {
    let last: number | null = null;
    let sent = 0;
    for (let now = 0; now < 1000; now += 10) {
      if (timeupdateDue(last, now)) {
        last = now;
        sent += 1;
      }
    }
    expect(sent).toBe(4);
  });
});
