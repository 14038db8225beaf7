import { prepareEvidence, type PreparedEvidence } from '../lib/stance/evidence';
import { prepareClaim, stanceFeatures, topSentences } from '../lib/stance/features';
import type { IdfTable } from '../lib/stance/idf';
import type { FncData, FncPair } from './train-stance-data';

/** Prepares each FNC body once, since every body meets many headlines. */
export function bodyCache(data: FncData, idf: IdfTable | null): (bodyId: string) => PreparedEvidence {
  const cache = new Map<string, PreparedEvidence>();
  return (bodyId) => {
    let prepared = cache.get(bodyId);
    if (!prepared) {
      prepared = prepareEvidence(data.bodies.get(bodyId) ?? '', idf);
      cache.set(bodyId, prepared);
    }
    return prepared;
  };
}

/** Feature rows for FNC pairs, in order. */
export function featureRows(pairs: FncPair[], data: FncData, idf: IdfTable | null): number[][] {
  const body = bodyCache(data, idf);
  return pairs.map((pair) => {
    const claim = prepareClaim(pair.headline, idf);
    const evidence = body(pair.bodyId);
    return stanceFeatures(claim, evidence, topSentences(claim, evidence), idf);
  });
}
