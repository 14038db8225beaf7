import type { LinearModel } from './perceptron';
import trained from './attribution-model.json';

/** The cue and role taggers trained by scripts/train-attribution.ts (single-token features only). */
export const attributionModel: { cue: LinearModel; role: LinearModel } = trained;
