import { describe, expect, it } from 'vitest';
import { attributionModel } from '../../lib/extract/attribution-model';
import { decodeModel, predictLabel } from '../../lib/extract/perceptron';

const stored = (bytes: number[], offsets?: number[]) => ({
  labels: ['O', 'C'],
  bits: 1,
  scale: 1,
  weights: Buffer.from(Uint8Array.from(bytes)).toString('base64'),
  offsets,
});

describe('decodeModel', () => {
  it('keeps one byte per weight as stored', () => {
    expect([...decodeModel(stored([0, 0, 127, 0x81])).weights]).toEqual([0, 0, 127, 0x81]);
  });

  it('gives signed byte q the weight scale * sign(q) * (q / 127)^2 as a float32, bytes above 127 negative', () => {
    const { levels } = decodeModel({ ...stored([0, 0, 0, 0]), scale: 8 });
    expect([levels[127], levels[0x81], levels[0], levels[0x80]]).toEqual([8, -8, 0, Math.fround(-8 * (128 / 127) ** 2)]);
    expect(levels[1]).toBe(Math.fround(8 / 127 ** 2));
  });
});

describe('predictLabel', () => {
  // Feature row 1 holds weight 0 for label O and the full scale (byte 127) for label C.
  const features = Uint32Array.of(1);

  it('answers the label its weights score highest', () => {
    expect(predictLabel(decodeModel(stored([0, 0, 0, 127])), features, 1)).toBe(1);
  });

  it('starts each label from its offset', () => {
    expect(predictLabel(decodeModel(stored([0, 0, 0, 127], [2, 0])), features, 1)).toBe(0);
  });

  it('answers the first label when it knows nothing', () => {
    expect(predictLabel(decodeModel(stored([0, 0, 0, 0])), features, 1)).toBe(0);
  });
});

describe('the shipped taggers', () => {
  // Their scores must stay exact in a double (see LinearModel): decodeLabels leaves out parts common to every path.
  it('start their labels from whole numbers', () => {
    for (const model of [attributionModel.cue, attributionModel.role]) expect([...model.offsets].every(Number.isInteger)).toBe(true);
  });
});
