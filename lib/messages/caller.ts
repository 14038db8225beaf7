import type { z } from 'zod';
import { channel, describeZodError, replySchema, type CallMap } from './envelope';

/** Carries one message to its receiver and resolves with whatever it answered. */
export type Transport = (message: unknown) => Promise<unknown>;

/** Raised when the receiver answers with an error or with something that fails its schema. */
export class CallError extends Error {}

/**
 * Sends one call's envelope and returns the answer's value, still unchecked
 * against the call's response schema; throws a CallError when the receiver
 * answered with an error or with no envelope at all.
 */
export async function sendCall(transport: Transport, type: string, payload: unknown): Promise<unknown> {
  const reply = replySchema.safeParse(await transport({ channel, type, payload }));
  if (!reply.success) throw new CallError(`no valid answer to ${type}`);
  if (!reply.data.ok) throw new CallError(reply.data.error);
  return reply.data.value;
}

/**
 * Builds the sending side of a call map: `call(type, request)` sends the
 * envelope and returns the validated response, or throws a CallError.
 */
export function createCaller<Calls extends CallMap>(calls: Calls, transport: Transport) {
  return async function call<N extends keyof Calls & string>(
    type: N,
    request: z.infer<Calls[N]['request']>,
  ): Promise<z.infer<Calls[N]['response']>> {
    const response = calls[type].response.safeParse(await sendCall(transport, type, request));
    if (!response.success) throw new CallError(`bad ${type} answer: ${describeZodError(response.error)}`);
    return response.data as z.infer<Calls[N]['response']>;
  };
}
