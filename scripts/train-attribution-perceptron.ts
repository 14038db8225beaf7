import type { LinearModel } from '../lib/extract/perceptron';

/** An averaged perceptron (weights averaged over every update step, kept lazily). */
export class AveragedPerceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  constructor(readonly labels: string[]) {}

  /** Index of the best-scoring label under the current (not averaged) weights. */
  predict(features: string[]): number {
    const scores = new Float64Array(this.labels.length);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let label = 0; label < row.length; label++) scores[label] += row[label];
    }
    let best = 0;
    for (let label = 1; label < scores.length; label++) if (scores[label] > scores[best]) best = label;
    return best;
  }

  /** One training example: moves weight from the guess to the truth when they differ. */
  update(features: string[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const feature of features) {
      this.bump(feature, truth, 1);
      this.bump(feature, guess, -1);
    }
  }

  private bump(feature: string, label: number, delta: number): void {
    const size = this.labels.length;
    const row = this.weights.get(feature) ?? this.fresh(this.weights, feature, size);
    const total = this.totals.get(feature) ?? this.fresh(this.totals, feature, size);
    const stamp = this.stamps.get(feature) ?? this.fresh(this.stamps, feature, size);
    total[label] += (this.step - stamp[label]) * row[label];
    stamp[label] = this.step;
    row[label] += delta;
  }

  private fresh(map: Map<string, Float64Array>, feature: string, size: number): Float64Array {
    const row = new Float64Array(size);
    map.set(feature, row);
    return row;
  }

  /** The averaged weights, dropping features whose weights all stay under `floor`, rounded. */
  export(floor: number): LinearModel {
    const weights: Record<string, number[]> = {};
    for (const [feature, row] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      const averaged = [...row].map((w, label) => (total[label] + (this.step - stamp[label]) * w) / this.step);
      if (averaged.some((w) => Math.abs(w) >= floor)) weights[feature] = averaged.map((w) => Math.round(w * 1000) / 1000);
    }
    return { labels: this.labels, weights };
  }
}
