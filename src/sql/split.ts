/**
 * Where a file's top-level statements end: the UTF-16 index just past each `;` outside strings,
 * quoted names, dollar-quoted bodies and comments. One pass, nothing kept per token, for the
 * recovery after a syntax error (libpg-query's scanner builds a token list the size of the file:
 * over a gigabyte for ten megabytes). Like a scanner it does not see BEGIN ATOMIC bodies; the
 * recovery drops a piece that fails to parse alone.
 */
export function statementEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x3b /* ; */) {
      ends.push(++i);
    } else if (c === 0x2d /* - */ && text.charCodeAt(i + 1) === 0x2d) {
      const nl = text.indexOf('\n', i + 2);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2a /* * */) {
      // block comments nest in PostgreSQL
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2a) (depth++, (i += 2));
        else if (text.charCodeAt(i) === 0x2a && text.charCodeAt(i + 1) === 0x2f) (depth--, (i += 2));
        else i++;
      }
    } else if (c === 0x27 /* ' */) {
      // E'…' strings take backslash escapes; '' is a quote in every kind
      const prev = i > 0 ? text.charCodeAt(i - 1) | 0x20 : 0;
      const escapes = prev === 0x65 /* e */ && !isNameChar(i > 1 ? text.charCodeAt(i - 2) : 0);
      i = closeQuote(text, i + 1, 0x27, escapes);
    } else if (c === 0x22 /* " */) {
      i = closeQuote(text, i + 1, 0x22, false);
    } else if (c === 0x24 /* $ */ && !(i > 0 && isNameChar(text.charCodeAt(i - 1)))) {
      const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 65));
      if (m) {
        const close = text.indexOf(m[0], i + m[0].length);
        i = close < 0 ? n : close + m[0].length;
      } else i++;
    } else i++;
  }
  return ends;
}

function closeQuote(text: string, from: number, quote: number, escapes: boolean): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (escapes && c === 0x5c /* \ */) i += 2;
    else if (c === quote) {
      if (text.charCodeAt(i + 1) === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24 || c >= 0x80;
}
