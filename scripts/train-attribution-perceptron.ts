import type { StoredModel } from '../lib/extract/perceptron';

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

  /** Each label's score under the current (not averaged) weights, written into `out`. */
  scores(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0);
    for (let k = 0; k < count; k++) {
      const row = (features[k] & this.mask) * this.labels.length;
      for (let label = 0; label < this.labels.length; label++) out[label] += this.weights[row + label];
    }
  }

  /** Starts one training example (one sequence): the weights' running averages count examples. */
  tick(): void {
    this.step++;
  }

  /** Adds `delta` to the weights of `label` for each feature. */
  adjust(features: Uint32Array, count: number, label: number, delta: number): void {
    for (let k = 0; k < count; k++) this.bump((features[k] & this.mask) * this.labels.length + label, delta);
  }

  private bump(index: number, delta: number): void {
    this.totals[index] += (this.step - this.stamps[index]) * this.weights[index];
    this.stamps[index] = this.step;
    this.weights[index] += delta;
  }

  /** The averaged weights as base64 signed bytes: byte q means scale * sign(q) * (q/127)^2. */
  export(): StoredModel {
    const averaged = this.weights.map((w, i) => (this.totals[i] + (this.step - this.stamps[i]) * w) / this.step);
    const scale = averaged.reduce((max, w) => Math.max(max, Math.abs(w)), 0) || 1;
    const bytes = new Uint8Array(averaged.length);
    averaged.forEach((w, i) => {
      bytes[i] = Math.round(Math.sign(w) * Math.sqrt(Math.abs(w) / scale) * 127) & 0xff;
    });
    return { labels: this.labels, bits: this.bits, scale, weights: Buffer.from(bytes).toString('base64') };
  }
}
