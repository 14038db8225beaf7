import { z } from 'zod';

/** Every Crosscheck message carries this channel tag so stray messages from elsewhere are ignored. */
export const channel = 'crosscheck';

export const envelopeSchema = z.object({
  channel: z.literal(channel),
  type: z.string(),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** What a receiver answers: the value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** A call map: for each message type, the schema of its request and of its response. */
export type CallMap = Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Turns a zod failure into one line naming the field, for error replies. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${where}`;
}
