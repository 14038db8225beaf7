import { describe, expect, it } from 'vitest';
import { decodeModel, predictLabel } from '../../lib/extract/perceptron';

const stored = (bytes: number[], offsets?: number[]) => ({
  labels: ['O', 'C'],
  bits: 1,
  scale: 1,
  weights: Buffer.from(Uint8Array.from(bytes)).toString('base64'),
  offsets,
});

describe('decodeModel', () => {
  it('reads one signed byte per weight, bytes above 127 as negative', () => {
    expect([...decodeModel(stored([0, 0, 127, 0x81])).weights]).toEqual([0, 0, 127, -127]);
  });

  it('gives byte q the weight scale * sign(q) * (q / 127)^2', () => {
    const { levels } = decodeModel({ ...stored([0, 0, 0, 0]), scale: 8 });
    expect([levels[127 + 128], levels[-127 + 128], levels[0 + 128]]).toEqual([8, -8, 0]);
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
