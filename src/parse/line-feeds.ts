import { countBelow } from './sorted.js';

/**
 * A document's text with its CRLF line breaks written as LF, for the lean reader, which knows LF
 * alone; and the way back from an offset in it to the offset in the document as written. Files saved
 * on Windows (or checked out with `core.autocrlf`) end every line with CRLF, and without this each of
 * their documents went to the general parsers, three times slower in all.
 *
 * Both YAML parsers read a CRLF as one line break, in scalars too, so the two texts have the same
 * values; and since a CR only ever precedes a LF, every line keeps its number and every character
 * before the break its column.
 */
export class LineFeedText {
  private constructor(
    readonly text: string,
    /** Offsets in `text` of the LFs that had a CR before them, ascending. */
    private readonly joined: Int32Array,
  ) {}

  /** The text without the CRs of its CRLFs, or undefined when it has none. */
  static of(written: string): LineFeedText | undefined {
    let at = written.indexOf('\r\n');
    if (at === -1) return undefined;
    const joined: number[] = [];
    let text = '';
    let from = 0;
    for (; at !== -1; at = written.indexOf('\r\n', at + 2)) {
      text += written.slice(from, at);
      // The LF now sits where the CR was, less the CRs removed before it.
      joined.push(at - joined.length);
      from = at + 1;
    }
    text += written.slice(from);
    return new LineFeedText(text, Int32Array.from(joined));
  }

  /** The written offset of the character at `offset`. */
  written(offset: number): number {
    return offset + this.joinedUpTo(offset);
  }

  /** The written offset of a range's (exclusive) end: just after the character before it, so an end at a line break stays before the CR. */
  writtenEnd(offset: number): number {
    return offset <= 0 ? offset : this.written(offset - 1) + 1;
  }

  /** How many removed CRs stood before the character at `offset` (a LF at `offset` included). */
  private joinedUpTo(offset: number): number {
    return countBelow(this.joined, offset + 1);
  }
}
