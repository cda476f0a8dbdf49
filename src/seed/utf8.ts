import { UnreadableFileError } from './safeRead.js';

/** Bytes that are not UTF-8, located for the person who has to re-save the file. */
export class NotUtf8Error extends UnreadableFileError {
  constructor(
    readonly line: number,
    column: number,
    offset: number,
    byte: number,
  ) {
    super(
      `is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, ` +
        `column ${column} (byte ${offset}) is not part of any character; save the file as UTF-8`,
    );
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });
// Keeps a byte order mark as a character, so that the text before a bad byte is as long as its bytes.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const REPLACEMENT = '\uFFFD';

/**
 * The text of a file that must be UTF-8. Decoding it leniently would turn a Latin-1 é into U+FFFD and
 * store that without a word; this throws NotUtf8Error at the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    const text = lenient.decode(bytes);
    // A U+FFFD that was really in the file (EF BF BD) is not the fault.
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
      const before = text.slice(0, at);
      const offset = Buffer.byteLength(before, 'utf8');
      if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
      const lineStart = before.lastIndexOf('\n') + 1;
      const line = before.split('\n').length;
      throw new NotUtf8Error(line, [...before.slice(lineStart)].length + 1, offset, bytes[offset]!);
    }
    throw new NotUtf8Error(1, 1, 0, bytes[0] ?? 0);
  }
}
