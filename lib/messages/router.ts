import type { z } from 'zod';
import { describeZodError, envelopeSchema, type CallMap, type Reply } from './envelope';

export type Handlers<Calls extends CallMap, Context> = {
  [N in keyof Calls]: (
    request: z.infer<Calls[N]['request']>,
    context: Context,
  ) => Promise<z.infer<Calls[N]['response']>>;
};

/**
 * Builds the receiving side of a call map: validates the envelope and the request,
 * asks `authorize` whether this sender may make this call, runs the handler, and
 * returns a Reply. Returns null for messages that are not Crosscheck's, so other
 * listeners can answer them.
 */
export function createRouter<Calls extends CallMap, Context>(
  calls: Calls,
  handlers: Handlers<Calls, Context>,
  authorize: (type: keyof Calls, context: Context) => string | null,
): (message: unknown, context: Context) => Promise<Reply<unknown>> | null {
  return (message, context) => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return null;
    const type = envelope.data.type;
    if (!Object.hasOwn(calls, type)) return Promise.resolve(fail(`unknown message "${type}"`));
    const refusal = authorize(type, context);
    if (refusal) return Promise.resolve(fail(refusal));
    const request = calls[type].request.safeParse(envelope.data.payload);
    if (!request.success) return Promise.resolve(fail(`bad ${type} request: ${describeZodError(request.error)}`));
    return handlers[type](request.data as z.infer<Calls[string]['request']>, context).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
    );
  };
}

function fail(error: string): Reply<never> {
  return { ok: false, error };
}
