import type { z } from 'zod';
import { channel, describeZodError, replySchema, type CallMap } from './envelope';

/** Carries one message to its receiver and resolves with whatever it answered. */
export type Transport = (message: unknown) => Promise<unknown>;

/** Raised when the receiver answers with an error or with something that fails its schema. */
export class CallError extends Error {}

/**
 * Builds the sending side of a call map: `call(type, request)` sends the
 * envelope and returns the validated response, or throws a CallError.
 */
export function createCaller<Calls extends CallMap>(calls: Calls, transport: Transport) {
  return async function call<N extends keyof Calls & string>(
    type: N,
    request: z.infer<Calls[N]['request']>,
  ): Promise<z.infer<Calls[N]['response']>> {
    const raw = await transport({ channel, type, payload: request });
    const reply = replySchema.safeParse(raw);
    if (!reply.success) throw new CallError(`no valid answer to ${type}`);
    if (!reply.data.ok) throw new CallError(reply.data.error);
    const response = calls[type].response.safeParse(reply.data.value);
    if (!response.success) throw new CallError(`bad ${type} answer: ${describeZodError(response.error)}`);
    return response.data as z.infer<Calls[N]['response']>;
  };
}
