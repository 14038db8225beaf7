import { z } from 'zod';
import modelFile from './rank-model.json';
import { featureNames } from './rerank-features';

/**
 * A linear re-ranking model over standardised features, trained by
 * scripts/train-rank.ts on the CLEF-2020 train split. Holds weights only.
 */
export const rankModelSchema = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  /** How many first-stage candidates the model re-orders. */
  depth: z.number().int().positive(),
});
export type RankModel = z.infer<typeof rankModelSchema>;

/** Checks a model against the features this code computes; throws when they differ. */
export function checkedModel(value: unknown): RankModel {
  const model = rankModelSchema.parse(value);
  const sameFeatures = model.features.length === featureNames.length && model.features.every((name, index) => name === featureNames[index]);
  const sameLengths = [model.mean, model.scale, model.weights].every((values) => values.length === featureNames.length);
  if (!sameFeatures || !sameLengths) throw new Error('rank model does not match the re-ranker features');
  return model;
}

/** The shipped model. */
export const shippedModel: RankModel = checkedModel(modelFile);

/** The model's score of one candidate's features (higher is better). */
export function modelScore(model: RankModel, features: number[]): number {
  let score = 0;
  features.forEach((value, index) => {
    score += model.weights[index] * ((value - model.mean[index]) / model.scale[index]);
  });
  return score;
}
