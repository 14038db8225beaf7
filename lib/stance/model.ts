import shipped from './stance-model.json';
import type { TreeEnsemble } from './boosted-trees';
import type { IdfTable } from './idf';
import type { LexicalModel } from './lexical';

/** What the stance engine learnt: word weights for similarity and the relation classifier. */
export interface StanceModel {
  idf: IdfTable | null;
  ensemble: TreeEnsemble | null;
  /** Wording model whose class probabilities join the trees' inputs. */
  lexical: LexicalModel | null;
}

/** The model trained by scripts/train-stance.ts on FNC-1 (hashed word weights and trees; no text). */
export const shippedModel: StanceModel = {
  idf: shipped.idf as IdfTable,
  ensemble: shipped.ensemble as TreeEnsemble,
  lexical: ('lexical' in shipped ? shipped.lexical : null) as LexicalModel | null,
};
