import shipped from './stance-model.json';
import type { TreeEnsemble } from './boosted-trees';
import type { IdfTable } from './idf';

/** What the stance engine learnt: word weights for similarity and the relation classifier. */
export interface StanceModel {
  idf: IdfTable | null;
  ensemble: TreeEnsemble | null;
}

/** The model trained by scripts/train-stance.ts on FNC-1 (hashed word weights and trees; no text). */
export const shippedModel: StanceModel = {
  idf: shipped.idf as IdfTable,
  ensemble: shipped.ensemble as TreeEnsemble,
};
