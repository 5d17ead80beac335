import { expect } from '@open-wc/testing';
import { locateJsonError, MAX_FEED_BYTES, parseJsonText, utf8Length, type TextFailure } from '../../src/feed/json-text.js';

function failureOf(text: string, limit?: number): TextFailure {
  const result = parseJsonText(text, limit);
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(text.slice(0, 40))}`);
  return result.failure;
}

describe('parseJsonText', () => {
  it('parses JSON', () => {
    expect(parseJsonText('{"version": 1, "a": [1, "ñ", null]}')).to.deep.equal({ ok: true, value: { version: 1, a: [1, 'ñ', null] } });
    expect(parseJsonText('  \n[]\n')).to.deep.equal({ ok: true, value: [] });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).to.deep.equal({ ok: true, value: { a: 1 } });
  });

  it('keeps a byte-order mark that is not leading as an error', () => {
    expect(failureOf('{"a": 1}\uFEFF')).to.include({ kind: 'json', line: 1, column: 9, expected: 'end' });
  });

  const blanks: [string, string][] = [
    ['an empty text', ''],
    ['spaces, tabs and newlines', ' \t\r\n  \n'],
    ['a byte-order mark alone', '\uFEFF'],
    ['a byte-order mark and spaces', '\uFEFF  \n'],
  ];
  for (const [name, text] of blanks) {
    it(`${name} is 'empty'`, () => {
      expect(failureOf(text)).to.deep.equal({ kind: 'empty' });
    });
  }

  it('refuses a text over the limit, in UTF-8 bytes', () => {
    expect(failureOf('[1, 2]', 5)).to.deep.equal({ kind: 'too-large', bytes: 6, limit: 5 });
    // "ñ" is two bytes: 6 bytes in 4 characters.
    expect(failureOf('"ññ"', 5)).to.deep.equal({ kind: 'too-large', bytes: 6, limit: 5 });
    expect(parseJsonText('"ñ"', 4)).to.deep.equal({ ok: true, value: 'ñ' });
    expect(parseJsonText('[1, 2]', 6)).to.deep.equal({ ok: true, value: [1, 2] });
  });

  it('has a default limit of 32 MiB', () => {
    expect(MAX_FEED_BYTES).to.equal(32 * 1024 * 1024);
    const big = `"${'a'.repeat(MAX_FEED_BYTES - 1)}"`;
    expect(failureOf(big)).to.deep.equal({ kind: 'too-large', bytes: MAX_FEED_BYTES + 1, limit: MAX_FEED_BYTES });
  });
});

describe('utf8Length', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['a', 1],
    ['ñ', 2],
    ['€', 3],
    ['😀', 4],
    ['Ibagué 2020 😀', 17],
  ];
  for (const [text, bytes] of cases) {
    it(`${JSON.stringify(text)} is ${bytes} bytes`, () => {
      expect(utf8Length(text)).to.equal(bytes);
      expect(utf8Length(text)).to.equal(new TextEncoder().encode(text).length);
    });
  }
});

describe('locateJsonError', () => {
  // [what, text, line, column, expected, found]; columns counted by hand, 1-based.
  const cases: [string, string, number, number, string, string][] = [
    ['a missing comma between members', '{\n  "a": 1\n  "b": 2\n}', 3, 3, "',' '}'", '"b": 2'],
    ['a missing comma between items', '[1 2]', 1, 4, "',' ']'", '2]'],
    ['a trailing comma in an array', '{"a": [1, 2,]}', 1, 13, 'value', ']}'],
    ['a trailing comma in an object', '{"a": 1,}', 1, 9, 'string', '}'],
    ['a trailing comma on its own line', '{\n  "a": 1,\n}', 3, 1, 'string', '}'],
    ['an unterminated string at the end', '{"a": "abc', 1, 11, 'string', 'end'],
    ['a string broken by a newline', '{\n  "title": "Informe\n}', 2, 20, 'string', ''],
    ['a bad escape (a Windows path)', '{"a": "C:\\dir"}', 1, 10, 'string', '\\dir"}'],
    ['a bad \\u escape', '["\\u12G4"]', 1, 3, 'string', '\\u12G4"]'],
    ['a tab inside a string', '["a\tb"]', 1, 4, 'string', '\tb"]'],
    ['single-quoted keys', "{'a': 1}", 1, 2, 'string', "'a': 1}"],
    ['single-quoted values', "['a']", 1, 2, 'value', "'a']"],
    ['a missing colon', '{\r\n"a" 1}', 2, 5, ':', '1}'],
    ['a truncated object', '{"report": {"title": "x"', 1, 25, "',' '}'", 'end'],
    ['a truncated array over lines', '{\n  "a": [\n    1,\n', 4, 1, 'value', 'end'],
    ['a text cut after a key', '{"version": 1, "report"', 1, 24, ':', 'end'],
    ['NaN', '{"a": NaN}', 1, 7, 'value', 'NaN}'],
    ['Infinity', '[1, Infinity]', 1, 5, 'value', 'Infinity]'],
    ['-Infinity', '[-Infinity]', 1, 2, 'value', '-Infinity]'],
    ['a leading zero', '[01]', 1, 3, "',' ']'", '1]'],
    ['a comment', '{"a": 1 // nota\n}', 1, 9, "',' '}'", '// nota'],
    ['text after the value', '{"a": 1} x', 1, 10, 'end', 'x'],
    ['two values', '{}\n{}', 2, 1, 'end', '{}'],
    ['an unquoted key', '{version: 1}', 1, 2, 'string', 'version: 1}'],
    ['a word that is not a literal', '[True]', 1, 2, 'value', 'True]'],
  ];
  for (const [name, text, line, column, expected, found] of cases) {
    it(`${name}: line ${line}, column ${column}`, () => {
      expect(() => JSON.parse(text), 'JSON.parse must reject it too').to.throw(SyntaxError);
      expect(failureOf(text)).to.deep.equal({ kind: 'json', line, column, expected, found, html: false });
    });
  }

  it('an HTML error page is flagged as HTML', () => {
    const page = '<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>';
    expect(failureOf(page)).to.deep.equal({ kind: 'json', line: 1, column: 1, expected: 'value', found: '<!DOCTYPE ht', html: true });
  });

  it('an HTML page after blank lines is still HTML, found where it starts', () => {
    expect(failureOf('\n\n  <html>')).to.deep.include({ line: 3, column: 3, html: true });
  });

  it('text that only contains a "<" later is not HTML', () => {
    expect(failureOf('{"a": <b>}')).to.deep.include({ line: 1, column: 7, html: false });
  });

  it('deep nesting does not overflow the stack', () => {
    const text = '['.repeat(100_000);
    expect(locateJsonError(text)).to.deep.equal({ kind: 'json', line: 1, column: 100_001, expected: 'value', found: 'end', html: false });
  });

  it('counts columns in characters of the line, after non-ASCII text', () => {
    expect(failureOf('{"título": "Ibagué" "x"}')).to.deep.include({ line: 1, column: 21 });
  });
});
