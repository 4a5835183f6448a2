import { Buffer, isAscii } from 'node:buffer';

/** Node makes latin1 text of this many bytes or more an external string (EXTERN_APEX in its string_bytes.cc). */
const NODE_EXTERNAL_STRING_MIN = 0xfbee9;

/** Decoders keep no state between calls that decode a whole input: one serves every file. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM; anything else is refused clearly. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: lineFeeds(new TextDecoder('utf-16le').decode(bytes.subarray(2))) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: lineFeeds(new TextDecoder('utf-16be').decode(bytes.subarray(2))) };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul !== -1) return { error: `binary data (a NUL byte at offset ${nul}), not a YAML or JSON text file` };
  // Nearly every manifest is ASCII, which needs no checking decoder (the fatal TextDecoder is a third of
  // the time): latin1 copies the bytes as they are. Above Node's limit for that, latin1 makes an
  // external string, whose every charCodeAt in the parser costs more (5 MiB: 27 M instructions), so
  // large texts take Buffer's UTF-8 decoding, which makes an ordinary one (and costs about as much).
  if (start === 0 && isAscii(bytes)) {
    const ascii = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return { text: lineFeeds(ascii.toString(bytes.length < NODE_EXTERNAL_STRING_MIN ? 'latin1' : 'utf8')) };
  }
  try {
    return { text: lineFeeds(utf8.decode(bytes.subarray(start))) };
  } catch {
    return { error: `not valid UTF-8 (at byte ${firstInvalidUtf8(bytes, start)}); save the file as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/**
 * A lone CR (classic Mac line ending) is a line break to YAML and to editors. Turned into LF here, one
 * character for one, so every later stage splits lines on LF alone and offsets stay those of the file.
 * The language server compares an editor's text with the text linted through this.
 */
export function lineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
