import { extractAttributions } from '../lib/extract/index';
import type { Attribution } from '../lib/model/attribution';
import { tokenize, type Token } from '../lib/extract/tokenize';
import type { GoldAttribution, LabelledArticle, Piece } from './train-attribution-corpus';

/**
 * Scores extractAttributions on labelled articles: attribution P/R/F1 (a prediction matches a
 * gold attribution when their cue tokens overlap, one to one) and token P/R/F1 for cue, source
 * and content, micro-averaged over articles (counts summed, then divided).
 */
export type Role = 'cue' | 'source' | 'content';
export const roles: Role[] = ['cue', 'source', 'content'];

export interface Tally {
  truePositive: number;
  predicted: number;
  gold: number;
}

export type Tallies = Record<Role | 'attribution', Tally>;

const tally = (): Tally => ({ truePositive: 0, predicted: 0, gold: 0 });

/** Indices of the tokens that overlap any of the pieces. */
export function covered(tokens: Token[], pieces: Piece[]): Set<number> {
  const result = new Set<number>();
  tokens.forEach((token, i) => {
    if (pieces.some((piece) => token.start < piece.end && token.end > piece.start)) result.add(i);
  });
  return result;
}

function predictedPieces(attribution: Attribution, role: Role): Piece[] {
  const span = attribution[role];
  return span ? [span] : [];
}

function addSets(into: Tally, gold: Set<number>, predicted: Set<number>): void {
  into.gold += gold.size;
  into.predicted += predicted.size;
  for (const i of predicted) if (gold.has(i)) into.truePositive++;
}

/** Pairs each predicted cue with the unmatched gold cue it overlaps most: index of the gold per prediction, or -1. */
export function matchCues(goldCues: Set<number>[], predictedCues: Set<number>[]): number[] {
  const taken = new Set<number>();
  return predictedCues.map((predicted) => {
    let best = -1;
    let bestOverlap = 0;
    goldCues.forEach((gold, g) => {
      const overlap = [...predicted].filter((i) => gold.has(i)).length;
      if (!taken.has(g) && overlap > bestOverlap) [best, bestOverlap] = [g, overlap];
    });
    if (best >= 0) taken.add(best);
    return best;
  });
}

function scoreArticle(text: string, gold: GoldAttribution[], tallies: Tallies): void {
  const tokens = tokenize(text);
  const predicted = extractAttributions(text);
  for (const role of roles) {
    const goldSet = covered(tokens, gold.flatMap((g) => g[role]));
    addSets(tallies[role], goldSet, covered(tokens, predicted.flatMap((p) => predictedPieces(p, role))));
  }
  const matched = matchCues(gold.map((g) => covered(tokens, g.cue)), predicted.map((p) => covered(tokens, [p.cue])));
  tallies.attribution.truePositive += matched.filter((g) => g >= 0).length;
  tallies.attribution.gold += gold.length;
  tallies.attribution.predicted += predicted.length;
}

/** Counts for every measure over the articles. */
export function scoreArticles(articles: LabelledArticle[]): Tallies {
  const tallies = { attribution: tally(), cue: tally(), source: tally(), content: tally() };
  for (const article of articles) scoreArticle(article.text, article.gold, tallies);
  return tallies;
}

/** Precision, recall and F1 of a tally (0 where undefined). */
export function rates(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.truePositive / t.predicted : 0;
  const recall = t.gold ? t.truePositive / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
