/** A stretch of text and its edit distance from the pattern sought. */
export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * The stretch of text[from, to) closest to `pattern` by edit distance (Sellers'
 * algorithm: the match may start anywhere). O(pattern × window) time and
 * O(pattern) memory; callers bound both. Null for an empty window.
 */
export function approximateMatch(text: string, pattern: string, from: number, to: number): ApproximateMatch | null {
  if (to <= from || pattern.length === 0) return null;
  const end = bestEnd(text, pattern, from, to);
  const start = bestStart(text, pattern, from, end.position);
  return { start, end: end.position, distance: end.distance };
}

/** Forward pass: where the closest match ends, with its distance; ties go to the earliest end. */
function bestEnd(text: string, pattern: string, from: number, to: number): { position: number; distance: number } {
  const m = pattern.length;
  let previous = new Uint32Array(m + 1).map((_, i) => i);
  let current = new Uint32Array(m + 1);
  let best = { position: from, distance: m };
  for (let j = from; j < to; j++) {
    const char = text.charCodeAt(j);
    current[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitute = previous[i - 1] + (pattern.charCodeAt(i - 1) === char ? 0 : 1);
      current[i] = Math.min(substitute, previous[i] + 1, current[i - 1] + 1);
    }
    if (current[m] < best.distance) best = { position: j + 1, distance: current[m] };
    [previous, current] = [current, previous];
  }
  return best;
}

/**
 * Backward pass from a known end: the start whose alignment with the pattern
 * costs least, preferring the longer match on ties so no matched word is cut.
 */
function bestStart(text: string, pattern: string, from: number, end: number): number {
  const m = pattern.length;
  let previous = new Uint32Array(m + 1).map((_, i) => i);
  let current = new Uint32Array(m + 1);
  let best = { start: end, distance: previous[m] };
  for (let j = end - 1; j >= from; j--) {
    const char = text.charCodeAt(j);
    current[0] = end - j;
    for (let i = 1; i <= m; i++) {
      const substitute = previous[i - 1] + (pattern.charCodeAt(m - i) === char ? 0 : 1);
      current[i] = Math.min(substitute, previous[i] + 1, current[i - 1] + 1);
    }
    if (current[m] <= best.distance) best = { start: j, distance: current[m] };
    [previous, current] = [current, previous];
  }
  return best.start;
}
