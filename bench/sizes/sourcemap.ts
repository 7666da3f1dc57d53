// Attributes the text of a minified file to the source files its source map names: every
// mapping segment owns the generated text up to the next segment on the same line.

export interface SourceMapLike {
  readonly sources: readonly (string | null)[];
  readonly mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Invalid source map character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * The generated text of `code` per source (`null`: text no mapping covers — bundler glue). Text
 * before a line's first segment continues the previous line's last segment (the lines of a
 * multi-line template literal carry no mappings of their own).
 */
export function textBySource(code: string, map: SourceMapLike): Map<string | null, string> {
  const pieces = new Map<string | null, string[]>();
  const add = (source: string | null, text: string) => {
    if (text.length === 0) return;
    const list = pieces.get(source);
    if (list) list.push(text);
    else pieces.set(source, [text]);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let previous: string | null = null;
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) add(previous, '\n');
    const segments: { column: number; source: string | null }[] = [];
    let column = 0;
    for (const text of (mappingLines[lineIndex] ?? '').split(',')) {
      if (!text) continue;
      const fields = decodeSegment(text);
      column += fields[0] ?? 0;
      let source: string | null = null;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        source = map.sources[sourceIndex] ?? null;
        // Source line and column (fields 2 and 3) are not needed here.
      }
      segments.push({ column, source });
    }
    segments.sort((a, b) => a.column - b.column);
    add(previous, line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, i) => {
      add(segment.source, line.slice(segment.column, segments[i + 1]?.column ?? line.length));
    });
    previous = segments.at(-1)?.source ?? previous;
  });
  return new Map([...pieces].map(([source, list]) => [source, list.join('')]));
}
