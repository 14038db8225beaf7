import { z } from 'zod';
import { sourceKindSchema } from '../model/source-kind';
import { reasonKindSchema, relationSchema } from '../model/stance';
import { claimStatusSchema } from '../model/page-claim';
import { annotationContextUrl } from './vocabulary';

const spanSchema = z.object({
  'crosscheck:text': z.string(),
  'crosscheck:start': z.number().int().nonnegative(),
  'crosscheck:end': z.number().int().nonnegative(),
});

const reasonSchema = z.object({
  'crosscheck:kind': reasonKindSchema,
  'crosscheck:claimSide': z.string(),
  'crosscheck:evidenceSide': z.string(),
  'crosscheck:note': z.string(),
  'crosscheck:similarity': z.number().min(0).max(1).optional(),
});

const matchSchema = z.object({
  'crosscheck:otherId': z.string(),
  'crosscheck:text': z.string(),
  'crosscheck:speaker': z.string(),
  'crosscheck:speakerKind': sourceKindSchema,
  'crosscheck:outlet': z.string(),
  'crosscheck:url': z.string(),
  'crosscheck:publishedAt': z.string().nullable(),
  'crosscheck:incidentTitle': z.string().nullable(),
  'crosscheck:relation': relationSchema,
  'crosscheck:score': z.number(),
  'crosscheck:reasons': z.array(reasonSchema),
  'crosscheck:corrected': z.boolean(),
});

/** The crosscheck body of one annotation, keyed as `toWebAnnotations` writes it. */
export const assessmentBodySchema = z.object({
  type: z.literal('crosscheck:ClaimAssessment'),
  'crosscheck:claimId': z.string().min(1),
  'crosscheck:status': claimStatusSchema,
  'crosscheck:speaker': z.string().nullable(),
  'crosscheck:speakerKind': sourceKindSchema,
  'crosscheck:hedges': z.array(z.string()),
  'crosscheck:via': z.string().nullable(),
  'crosscheck:sourceSpan': spanSchema.nullable(),
  'crosscheck:cueSpan': spanSchema,
  'crosscheck:contentSpan': spanSchema,
  'crosscheck:matches': z.array(matchSchema),
});
/** A parsed crosscheck body. */
export type AssessmentBody = z.infer<typeof assessmentBodySchema>;
/** A span as exported: text and offsets under crosscheck keys. */
export type ExportedSpan = z.infer<typeof spanSchema>;
/** Another source's match as exported. */
export type ExportedMatch = z.infer<typeof matchSchema>;

const selectorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number(), end: z.number() }),
]);

/** One W3C annotation as Crosscheck writes it: bodies are checked one by one afterwards. */
export const annotationSchema = z.object({
  type: z.literal('Annotation'),
  body: z.array(z.looseObject({ type: z.string() })),
  target: z.object({ source: z.string(), selector: z.array(selectorSchema) }),
});
/** A parsed annotation. */
export type ExportedAnnotation = z.infer<typeof annotationSchema>;

/** The annotation collection around the annotations, with the page it describes; items are checked one by one. */
export const collectionSchema = z.object({
  '@context': z
    .array(z.unknown())
    .refine((context) => context.includes(annotationContextUrl), { message: `must include "${annotationContextUrl}"` }),
  type: z.literal('AnnotationCollection'),
  generated: z.string().min(1),
  'crosscheck:page': z.object({
    'crosscheck:url': z.string(),
    'crosscheck:title': z.string(),
    'crosscheck:publishedAt': z.string().nullable(),
    'crosscheck:siteName': z.string().nullable().optional(),
  }),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
});
