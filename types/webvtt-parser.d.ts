/**
 * Types for `webvtt-parser` 2.2 (w3c/webvtt.js), which ships none. Only `captions/parse.ts`
 * imports the package. The module is CommonJS and assigns its exports at run time, so it is
 * declared with `export =` and read through a default import.
 */
declare module 'webvtt-parser' {
  namespace webvttParser {
    /** Character references, keyed with the leading `&` (e.g. `"&amp;"` → `"&"`). */
    type EntityTable = Readonly<Record<string, string>>;

    /** Receives each conformance problem; `column` is 1-based within the parsed string. */
    type ErrorHandler = (message: string, column?: number) => void;

    interface TextNode {
      type: 'text';
      value: string;
    }

    interface TimestampNode {
      type: 'timestamp';
      /** Seconds. */
      value: number;
    }

    interface ObjectNode {
      type: 'object';
      /** `c`, `i`, `b`, `u`, `ruby`, `rt`, `v` or `lang`. */
      name: string;
      classes: string[];
      /** The annotation of `<v …>` and `<lang …>`; absent on other elements. */
      value?: string;
      children: Node[];
    }

    type Node = TextNode | TimestampNode | ObjectNode;

    interface Tree {
      children: Node[];
    }

    /** The cue-text mode: `metadata` silences errors, `chapters` forbids tags. */
    type CueTextMode = 'metadata' | 'chapters' | undefined;

    interface ParserError {
      message: string;
      /** 1-based line. */
      line: number;
      /** 1-based column, when known. */
      col?: number;
    }

    interface ParserResult {
      cues: unknown[];
      errors: ParserError[];
      time: number;
      styles: string[];
    }

    interface WebVTTParser {
      parse(input: string, mode?: string): ParserResult;
    }

    interface WebVTTCueTextParser {
      /** Times in seconds; used only to report timestamps outside the cue. */
      parse(cueStart: number, cueEnd: number): Tree;
    }

    interface WebVTTCueTimingsAndSettingsParser {
      /** A timestamp in seconds, or undefined when the line is not exactly one timestamp. */
      parseTimestamp(): number | undefined;
    }
  }

  const webvttParser: {
    WebVTTParser: new (entities?: webvttParser.EntityTable) => webvttParser.WebVTTParser;
    WebVTTCueTextParser: new (
      text: string,
      errorHandler: webvttParser.ErrorHandler,
      mode: webvttParser.CueTextMode,
      entities: webvttParser.EntityTable,
    ) => webvttParser.WebVTTCueTextParser;
    WebVTTCueTimingsAndSettingsParser: new (
      line: string,
      errorHandler: webvttParser.ErrorHandler,
    ) => webvttParser.WebVTTCueTimingsAndSettingsParser;
  };

  export = webvttParser;
}
