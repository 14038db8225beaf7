import { z } from 'zod';

/** A calendar day as written in ISO 8601, YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** One real-world event that several sources tell, possibly differently. */
export const incidentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    dateStart: isoDateSchema,
    dateEnd: isoDateSchema,
    places: z.array(z.string()),
    actors: z.array(z.string()),
  })
  .refine((incident) => incident.dateEnd >= incident.dateStart, {
    message: 'incident ends before it starts',
  });
export type Incident = z.infer<typeof incidentSchema>;
