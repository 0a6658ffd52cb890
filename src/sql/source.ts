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
  /** No surrogate pairs: a column is then the UTF-16 distance from the line start, plus one. */
  private readonly bmp: boolean;
  /**
   * With surrogate pairs: [index, characters before it] about every MARK_EVERY UTF-16 units,
   * so a column is counted from the nearest mark, not from the line start (a file can be one
   * long line, and counting from its start for every finding would be quadratic).
   */
  private marks?: Int32Array;

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(text);
    this.bmp = this.ascii || !/[\ud800-\udbff]/.test(text);
    if (!this.bmp) this.marks = markCharacters(text);
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

  /** UTF-8 byte offset of a UTF-16 index: the inverse of indexOfByte, without re-encoding the text before it. */
  byteOfIndex(index: number): number {
    if (index <= 0) return 0;
    if (this.ascii) return Math.min(index, this.text.length);
    const map = this.byteToIndex!;
    // the map is sorted: the first byte of the character at `index`
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    if (this.bmp) return { line: lo + 1, column: idx - start + 1 };
    return { line: lo + 1, column: this.charactersBefore(idx) - this.charactersBefore(start) + 1 };
  }

  /** Characters (a surrogate pair is one) before a UTF-16 index, as an editor counts them. */
  private charactersBefore(idx: number): number {
    const marks = this.marks!;
    // the last mark at or before idx
    let lo = 0;
    let hi = marks.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[2 * mid]! <= idx) lo = mid;
      else hi = mid - 1;
    }
    let count = marks[2 * lo + 1]!;
    for (let i = marks[2 * lo]!; i < idx; i++) {
      const c = this.text.charCodeAt(i);
      // a surrogate pair is one character on screen
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < idx) i++;
      count++;
    }
    return count;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    // (not a /\r$/ replace: that scans the whole line, and a line can be the whole file)
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

const MARK_EVERY = 256;

/** [index, characters before it] pairs, at character boundaries, from index 0 on. */
function markCharacters(text: string): Int32Array {
  const marks: number[] = [0, 0];
  let count = 0;
  let next = MARK_EVERY;
  for (let i = 0; i < text.length; i++) {
    if (i >= next) {
      marks.push(i, count);
      next = i + MARK_EVERY;
    }
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    count++;
  }
  return Int32Array.from(marks);
}
