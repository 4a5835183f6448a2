import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/load/decode.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads ASCII and UTF-8 texts as the text written', () => {
    for (const text of ['apiVersion: v1\nkind: ConfigMap\n', 'name: café 😀\n', '', '~\x7f\n']) {
      expect(decodeText(bytes(text))).toEqual({ text });
    }
  });

  it('reads ASCII texts on both sides of the size where Node would make an external string', () => {
    // 0xfbee9 bytes: where decode.ts switches from latin1 to Buffer's UTF-8 decoding.
    for (const size of [0xfbee9 - 1, 0xfbee9, 0xfbee9 + 1]) {
      const line = 'metadata: { name: a-config, namespace: prod }\n';
      const text = `${line.repeat(Math.ceil(size / line.length))}`.slice(0, size - 2) + '~\r';
      const decoded = decodeText(bytes(text));
      expect('text' in decoded && decoded.text.length).toBe(size);
      expect('text' in decoded && decoded.text === `${text.slice(0, -1)}\n`).toBe(true);
    }
  });

  it('reads a text held in part of a larger buffer (as file reads give)', () => {
    const whole = bytes('xxapiVersion: v1\nyy');
    expect(decodeText(whole.subarray(2, 17))).toEqual({ text: 'apiVersion: v1\n' });
  });

  it('turns lone CRs into LFs, in ASCII and UTF-8 texts alike', () => {
    expect(decodeText(bytes('a: 1\rb: 2\r\n'))).toEqual({ text: 'a: 1\nb: 2\r\n' });
    expect(decodeText(bytes('a: é\rb: 2\n'))).toEqual({ text: 'a: é\nb: 2\n' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('a: 1\n')]))).toEqual({ text: 'a: 1\n' });
  });

  it('refuses NUL bytes even in an otherwise ASCII text', () => {
    expect(decodeText(bytes('a: 1\n\0'))).toEqual({ error: 'binary data (a NUL byte at offset 5), not a YAML or JSON text file' });
  });

  it('decodes the next file as if nothing went wrong with an invalid one before it', () => {
    expect(decodeText(Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]))).toEqual({ error: 'not valid UTF-8 (at byte 3); save the file as UTF-8' });
    expect(decodeText(Uint8Array.from([0x61, 0x3a, 0x20, 0xc3]))).toEqual({ error: 'not valid UTF-8 (at byte 3); save the file as UTF-8' });
    expect(decodeText(bytes('a: é\n'))).toEqual({ text: 'a: é\n' });
  });
});
