export { compareStance, comparePrepared, type StanceOptions } from './compare-stance';
export { prepareEvidence, type PreparedEvidence } from './evidence';
export { shippedModel, type StanceModel } from './model';
