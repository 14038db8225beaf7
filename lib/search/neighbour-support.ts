// Several fact-checks often tell one story; a candidate that resembles other
// well-scored candidates is more likely on the query's story than one that
// matched a stray name alone (measured on CLEF train).

/** Only the first stage's best candidates vouch for others. */
const neighbourCount = 10;

function unitVector(terms: string[], idf: (term: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + idf(term));
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const length = Math.sqrt(sum) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

function dot(left: Map<string, number>, right: Map<string, number>): number {
  let sum = 0;
  for (const [term, weight] of left) sum += weight * (right.get(term) ?? 0);
  return sum;
}

/**
 * For each candidate (terms, first-stage score; best first), how much the ten
 * best other candidates resemble it: the sum of their tf-idf cosines to it,
 * each weighted by its score over the best score, and the largest cosine.
 * Returns one `[support, closest]` pair per candidate, in order.
 */
export function neighbourSupport(candidates: Array<{ terms: string[]; score: number }>, idf: (term: string) => number): Array<[number, number]> {
  const vectors = candidates.map((candidate) => unitVector(candidate.terms, idf));
  const topScore = candidates[0]?.score ?? 0;
  return vectors.map((vector, index) => {
    let support = 0;
    let closest = 0;
    for (let other = 0; other < Math.min(neighbourCount, vectors.length); other += 1) {
      if (other === index) continue;
      const cosine = dot(vector, vectors[other]);
      support += topScore > 0 ? cosine * (candidates[other].score / topScore) : 0;
      closest = Math.max(closest, cosine);
    }
    return [support, closest];
  });
}
