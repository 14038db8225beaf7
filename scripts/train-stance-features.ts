import { prepareEvidence, relevantSentences, type PreparedEvidence } from '../lib/stance/evidence';
import { leadText, prepareClaim, stanceFeatures, topSentences } from '../lib/stance/features';
import type { IdfTable } from '../lib/stance/idf';
import { lexicalBuckets } from '../lib/stance/lexical';
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

/** Hand-made feature rows and hashed word buckets for FNC pairs, in order. */
export function featureRows(pairs: FncPair[], data: FncData, idf: IdfTable | null, buckets: number): { rows: number[][]; words: number[][] } {
  const body = bodyCache(data, idf);
  const rows: number[][] = [];
  const words: number[][] = [];
  for (const pair of pairs) {
    const claim = prepareClaim(pair.headline, idf);
    const evidence = body(pair.bodyId);
    rows.push(stanceFeatures(claim, evidence, topSentences(claim, evidence), idf));
    words.push(lexicalBuckets(relevantSentences(claim.vector, evidence, 5), leadText(evidence), buckets));
  }
  return { rows, words };
}
