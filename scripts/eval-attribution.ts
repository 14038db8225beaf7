import { extractAttributions } from '../lib/extract/index';
import type { Attribution } from '../lib/model/attribution';
import { tokenize, type Token } from '../lib/extract/tokenize';
import { readPolnear, type GoldAttribution, type Piece } from './train-attribution-corpus';

/**
 * Scores extractAttributions on PolNeAR dev: attribution P/R/F1 (a prediction matches a gold
 * attribution when their cue tokens overlap, one to one) and token P/R/F1 for cue, source and
 * content, micro-averaged over articles (counts summed, then divided).
 */
type Role = 'cue' | 'source' | 'content';
const roles: Role[] = ['cue', 'source', 'content'];

interface Tally {
  truePositive: number;
  predicted: number;
  gold: number;
}

const tally = (): Tally => ({ truePositive: 0, predicted: 0, gold: 0 });

function covered(tokens: Token[], pieces: Piece[]): Set<number> {
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

function matchAttributions(into: Tally, goldCues: Set<number>[], predictedCues: Set<number>[]): void {
  const taken = new Set<number>();
  for (const predicted of predictedCues) {
    let best = -1;
    let bestOverlap = 0;
    goldCues.forEach((gold, g) => {
      const overlap = [...predicted].filter((i) => gold.has(i)).length;
      if (!taken.has(g) && overlap > bestOverlap) [best, bestOverlap] = [g, overlap];
    });
    if (best >= 0) taken.add(best);
  }
  into.truePositive += taken.size;
  into.gold += goldCues.length;
  into.predicted += predictedCues.length;
}

function scoreArticle(text: string, gold: GoldAttribution[], tallies: Record<Role | 'attribution', Tally>): void {
  const tokens = tokenize(text);
  const predicted = extractAttributions(text);
  for (const role of roles) {
    const goldSet = covered(tokens, gold.flatMap((g) => g[role]));
    addSets(tallies[role], goldSet, covered(tokens, predicted.flatMap((p) => predictedPieces(p, role))));
  }
  matchAttributions(tallies.attribution, gold.map((g) => covered(tokens, g.cue)), predicted.map((p) => covered(tokens, [p.cue])));
}

function line(name: string, t: Tally): string {
  const precision = t.predicted ? t.truePositive / t.predicted : 0;
  const recall = t.gold ? t.truePositive / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `${name.padEnd(12)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (gold ${t.gold}, predicted ${t.predicted})`;
}

function main(): void {
  const articles = readPolnear('dev');
  if (!articles) {
    console.log('eval:attribution: ../shared/data/polnear/dev is absent; skipping.');
    return;
  }
  const tallies = { attribution: tally(), cue: tally(), source: tally(), content: tally() };
  for (const article of articles) scoreArticle(article.text, article.gold, tallies);
  console.log(`PolNeAR dev: ${articles.length} articles (multi-annotator articles scored against the annotator id sorting first)`);
  console.log(line('attribution', tallies.attribution));
  for (const role of roles) console.log(line(`${role} tokens`, tallies[role]));
}

main();
