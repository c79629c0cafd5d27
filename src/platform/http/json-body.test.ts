// The position of a JSON syntax error: table-driven, and agreeing with JSON.parse on what is JSON at all
// for many mutated bodies.
import { describe, expect, it } from 'vitest';
import { invalidJson, jsonSyntaxErrorOffset } from './json-body.ts';

describe('jsonSyntaxErrorOffset', () => {
  it.each([
    ['{', 1],
    ['{"a":1,}', 7],
    ['{"a": tru}', 9],
    ['[1,2\n,3,,]', 8],
    ['"abc', 4],
    ['{"a":1}x', 7],
    ['01', 1],
    ['{"a" 1}', 5],
    ['"tab\there"', 4],
    ['{"a":[1,2,{"b":null}],"c":-1.5e+3,"d":"\\u00e9\\n"}', -1],
    [' [] ', -1],
  ])('%j → %i', (text, offset) => {
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on which texts are JSON', () => {
    const base = '{"sku":"TEE","lines":[{"q":1,"p":-2.5e3}],"ok":true,"none":null,"s":"a\\"b\\u0041"}';
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', '1', '-', 'e', '.', 't', ' ', '\n', 'x'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 2000; n++) {
      const at = Math.floor(next() * base.length);
      const char = alphabet[Math.floor(next() * alphabet.length)] as string;
      const text = next() < 0.5 ? base.slice(0, at) + char + base.slice(at + 1) : base.slice(0, at) + char + base.slice(at);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonSyntaxErrorOffset(text) === -1, text).toBe(valid);
    }
  });
});

describe('invalidJson', () => {
  it('names the prototype property when the text is JSON the parser still refused', () => {
    expect(invalidJson('{"__proto__": {}}').message).toBe('The request body names a prototype property (__proto__ or constructor.prototype).');
  });

  it('names the line, the column and what it found', () => {
    const error = invalidJson('{\n  "a": 1,\n}');
    expect(error.code).toBe('invalid_json');
    expect(error.message).toBe('The request body is not valid JSON: unexpected "}" at line 3, column 1.');
    expect(error.extensions).toEqual({ line: 3, column: 1, offset: 12 });
  });

  it('says the body ends early when it does', () => {
    expect(invalidJson('{"a": [1, 2').message).toBe('The request body is not valid JSON: the body ends early at line 1, column 12.');
  });
});
