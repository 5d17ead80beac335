/**
 * Reading a feed's text into a JSON value, with failures a publisher can act on.
 *
 * `JSON.parse` says where it failed in a different way in every engine (and V8 sometimes not at
 * all), so when it fails a small scanner walks the text again to find the line and column of the
 * first error. The scanner only runs on failure, and is iterative, so deep nesting cannot
 * overflow the stack.
 */

/** Largest feed accepted, in bytes of UTF-8: one million contract rows fit; a 50 MB dump does not. */
export const MAX_FEED_BYTES = 32 * 1024 * 1024;

export type TextFailure =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | {
      readonly kind: 'json';
      readonly line: number;
      readonly column: number;
      /** What the scanner expected at that point (`value`, `,`, `}`, `string`, `end`). */
      readonly expected: string;
      /** What it found, as a short excerpt (or `end` at the end of the text). */
      readonly found: string;
      /** Looks like an HTML page (an error page served as the feed). */
      readonly html: boolean;
    };

export type TextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly failure: TextFailure };

/** Bytes of a string in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Parses a feed's text. A leading byte-order mark is accepted (editors on Windows add one);
 * a blank text, a text over `limit` bytes and invalid JSON are failures.
 */
export function parseJsonText(text: string, limit = MAX_FEED_BYTES): TextResult {
  // A cheap bound first: UTF-8 takes at least one byte per UTF-16 unit.
  if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
    return { ok: false, failure: { kind: 'too-large', bytes: utf8Length(text), limit } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, failure: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, failure: locateJsonError(body) };
  }
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

/** Finds the first syntax error in `text` (which `JSON.parse` rejected). */
export function locateJsonError(text: string): TextFailure & { kind: 'json' } {
  let i = 0;
  const n = text.length;
  // The open containers; after each value the innermost one decides what may follow.
  const stack: ('array' | 'object')[] = [];

  const fail = (at: number, expected: string) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < at && k < n; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        lineStart = k + 1;
      }
    }
    const found = at >= n ? 'end' : text.slice(at, at + 12).split('\n')[0]!;
    const html = /^\s*</.test(text);
    return { kind: 'json' as const, line, column: at - lineStart + 1, expected, found, html };
  };
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** Scans a string starting at the opening quote; returns the error offset or -1. */
  const scanString = (): number => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return i;
      } else i++;
    }
    return i;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const LITERAL = /true|false|null/y;

  // Each turn of the loop reads one value (scalar or container opening), then separators.
  for (;;) {
    skipWs();
    // Read a value.
    const c = text[i];
    if (c === '{') {
      i++;
      skipWs();
      if (text[i] === '}') i++;
      else {
        stack.push('object');
        if (text[i] !== '"') return fail(i, 'string');
        const bad = scanString();
        if (bad >= 0) return fail(bad, 'string');
        skipWs();
        if (text[i] !== ':') return fail(i, ':');
        i++;
        continue;
      }
    } else if (c === '[') {
      i++;
      skipWs();
      if (text[i] === ']') i++;
      else {
        stack.push('array');
        continue;
      }
    } else if (c === '"') {
      const bad = scanString();
      if (bad >= 0) return fail(bad, 'string');
    } else {
      NUMBER.lastIndex = i;
      LITERAL.lastIndex = i;
      if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else if (LITERAL.test(text)) i = LITERAL.lastIndex;
      else return fail(i, 'value');
    }
    // After a value: close containers or move to the next item.
    for (;;) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) return fail(i, 'end');
        // JSON.parse rejected it but the scanner did not: report the start (should not happen).
        return fail(0, 'value');
      }
      const ch = text[i];
      if (top === 'array') {
        if (ch === ']') {
          stack.pop();
          i++;
          continue;
        }
        if (ch !== ',') return fail(i, "',' ']'");
        i++;
        break;
      }
      // In an object: a closing brace, or a comma and the next key.
      if (ch === '}') {
        stack.pop();
        i++;
        continue;
      }
      if (ch !== ',') return fail(i, "',' '}'");
      i++;
      skipWs();
      if (text[i] !== '"') return fail(i, 'string');
      const bad = scanString();
      if (bad >= 0) return fail(bad, 'string');
      skipWs();
      if (text[i] !== ':') return fail(i, ':');
      i++;
      break;
    }
  }
}
