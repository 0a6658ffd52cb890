/**
 * The rule id a mistyped one most likely meant: the same id in another case, or the nearest
 * by edit distance when it is close enough to be a typo (about one edit in four characters).
 */
export function suggestRuleId(name: string, ids: Iterable<string>): string | undefined {
  const wanted = name.trim().toLowerCase();
  // the distance costs length × length per id: a name far longer than any id is no typo of one
  if (wanted.length > 80) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of ids) {
    if (id.toLowerCase() === wanted) return id;
    const d = editDistance(wanted, id.toLowerCase());
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 4)) ? best : undefined;
}

/** Levenshtein distance, with one row kept (ids are short). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
