/** An averaged perceptron over hashed features (weights averaged over every step, lazily). */
export class AveragedPerceptron {
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private readonly mask: number;
  private step = 0;

  constructor(
    readonly labels: string[],
    readonly bits: number,
  ) {
    const size = (1 << bits) * labels.length;
    [this.weights, this.totals, this.stamps] = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    this.mask = (1 << bits) - 1;
  }

  /** Index of the best-scoring label under the current (not averaged) weights. */
  predict(features: Uint32Array, count: number): number {
    let best = 0;
    let bestScore = -Infinity;
    for (let label = 0; label < this.labels.length; label++) {
      let score = 0;
      for (let k = 0; k < count; k++) score += this.weights[(features[k] & this.mask) * this.labels.length + label];
      if (score > bestScore) [best, bestScore] = [label, score];
    }
    return best;
  }

  /** One training example: moves weight from the guess to the truth when they differ. */
  update(features: Uint32Array, count: number, truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (let k = 0; k < count; k++) {
      const row = (features[k] & this.mask) * this.labels.length;
      this.bump(row + truth, 1);
      this.bump(row + guess, -1);
    }
  }

  private bump(index: number, delta: number): void {
    this.totals[index] += (this.step - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.step;
    this.weights[index] += delta;
  }

  /** The averaged weights as base64 signed bytes: byte q means scale * sign(q) * (q/127)^2. */
  export(): { labels: string[]; bits: number; scale: number; weights: string } {
    const averaged = this.weights.map((w, i) => (this.totals[i] + (this.step - this.stamps[i]) * w) / this.step);
    const scale = averaged.reduce((max, w) => Math.max(max, Math.abs(w)), 0) || 1;
    const bytes = new Uint8Array(averaged.length);
    averaged.forEach((w, i) => {
      bytes[i] = Math.round(Math.sign(w) * Math.sqrt(Math.abs(w) / scale) * 127) & 0xff;
    });
    return { labels: this.labels, bits: this.bits, scale, weights: Buffer.from(bytes).toString('base64') };
  }
}
