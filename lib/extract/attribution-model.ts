import trained from './attribution-model.json';
import { decodeModel, type LinearModel } from './perceptron';

/**
 * The cue and role taggers trained by scripts/train-attribution.ts on PolNeAR train.
 * The file holds hashed-feature weights only: no text of the training data.
 */
export const attributionModel: { cue: LinearModel; role: LinearModel } = {
  cue: decodeModel(trained.cue),
  role: decodeModel(trained.role),
};
