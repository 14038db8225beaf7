import { lexicalScores, type LexicalModel } from '../lib/stance/lexical';
import { softmax } from '../lib/stance/boosted-trees';

/** How the lexical model is fitted. */
export interface LexicalParams {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
}

/**
 * Fits a softmax linear model over hashed buckets with AdaGrad, rows visited in
 * a seeded order; weights are rounded so the shipped JSON stays small.
 */
export function trainLexical(rows: number[][], labels: number[], weights: number[], classes: string[], params: LexicalParams): LexicalModel {
  const model: LexicalModel = { buckets: params.buckets, classes, weights: new Array(classes.length * params.buckets).fill(0), bias: classes.map(() => 0) };
  const squares = new Float64Array(model.weights.length).fill(1e-8);
  const biasSquares = classes.map(() => 1e-8);
  const order = rows.map((_, i) => i);
  let seed = 11;
  for (let epoch = 0; epoch < params.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const row of order) {
      const probabilities = softmax(lexicalScores(model, rows[row]));
      classes.forEach((_, c) => {
        const gradient = (probabilities[c] - (labels[row] === c ? 1 : 0)) * weights[row];
        biasSquares[c] += gradient * gradient;
        model.bias[c] -= (params.learningRate * gradient) / Math.sqrt(biasSquares[c]);
        for (const bucket of rows[row]) {
          const at = c * params.buckets + bucket;
          const step = gradient + params.l2 * model.weights[at];
          squares[at] += step * step;
          model.weights[at] -= (params.learningRate * step) / Math.sqrt(squares[at]);
        }
      });
    }
  }
  model.weights = model.weights.map((weight) => Number(weight.toFixed(3)));
  model.bias = model.bias.map((bias) => Number(bias.toFixed(4)));
  return model;
}
