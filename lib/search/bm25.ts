// BM25F with two fields, claim text and title, weighted alike (tuned on CLEF
// train: half weight for titles did no better). Weights are whole halves so the
// combined frequency fits a byte in the postings.

/** BM25 saturation and length normalisation. */
export const k1 = 1.2;
export const b = 0.5;
/** Field weights in halves: text 1.0, title 1.0. */
export const textWeightHalves = 2;
export const titleWeightHalves = 2;

/** The weighted length of a document from its fields' term counts. */
export function weightedLength(textLength: number, titleLength: number): number {
  return (textWeightHalves * textLength + titleWeightHalves * titleLength) / 2;
}

/** Robertson-Sparck Jones idf, floored at a small positive value so common terms still count a little. */
export function inverseDocumentFrequency(documentCount: number, documentFrequency: number): number {
  const idf = Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
  return Math.max(idf, 0.01);
}

/** The per-document length normaliser K of BM25. */
export function lengthNorm(length: number, averageLength: number): number {
  return k1 * (1 - b + (b * length) / Math.max(averageLength, 1));
}
