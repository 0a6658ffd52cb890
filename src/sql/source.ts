/**
 * A file's text with the offset arithmetic every stage needs: the parser speaks in UTF-8 byte
 * offsets (statements) and code-point offsets (errors), users speak in 1-based lines and columns.
 * Columns count characters (code points), so a column after "é" or an emoji is what an editor shows.
 */
export interface Position {
  line: number;
  column: number;
}

export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];
  /** byte offset -> UTF-16 index; absent when the text is pure ASCII (the common case). */
  private readonly byteToIndex?: Int32Array;
  private readonly ascii: boolean;

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(text);
    if (!this.ascii) {
      const bytes = Buffer.byteLength(text, 'utf8');
      const map = new Int32Array(bytes + 1);
      let b = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i)!;
        const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        for (let k = 0; k < width; k++) map[b + k] = i;
        b += width;
        if (cp > 0xffff) i++;
      }
      map[bytes] = text.length;
      this.byteToIndex = map;
    }
  }

  get length(): number {
    return this.text.length;
  }

  /** UTF-16 index of a UTF-8 byte offset (clamped to the text). */
  indexOfByte(byte: number): number {
    if (byte <= 0) return 0;
    if (this.ascii) return Math.min(byte, this.text.length);
    const map = this.byteToIndex!;
    return byte >= map.length ? this.text.length : map[byte]!;
  }

  /** UTF-16 index of a code-point offset, as PostgreSQL reports error cursors. */
  indexOfCodePoint(cp: number): number {
    if (this.ascii) return Math.min(Math.max(cp, 0), this.text.length);
    let i = 0;
    for (let n = 0; n < cp && i < this.text.length; n++) {
      i += this.text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    return i;
  }

  /** 1-based line and column of a UTF-16 index. */
  position(index: number): Position {
    const idx = Math.max(0, Math.min(index, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= idx) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo]!;
    let column = 1;
    for (let i = start; i < idx; i++) {
      const c = this.text.charCodeAt(i);
      // a surrogate pair is one character on screen
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx) i++;
      column++;
    }
    return { line: lo + 1, column };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
