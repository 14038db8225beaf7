import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRouter } from '../../lib/messages/router';
import { createCaller, CallError } from '../../lib/messages/caller';
import { channel } from '../../lib/messages/envelope';

const calls = {
  addNumbers: { request: z.object({ a: z.number(), b: z.number() }), response: z.number() },
  failLoudly: { request: z.object({}), response: z.string() },
};

type Context = { trusted: boolean };

const route = createRouter(
  calls,
  {
    addNumbers: async ({ a, b }) => a + b,
    failLoudly: async () => {
      throw new Error('the database is closed');
    },
  },
  (_type, context: Context) => (context.trusted ? null : 'not allowed from here'),
);

const trusted: Context = { trusted: true };

describe('createRouter', () => {
  it('answers a valid call with its value', async () => {
    await expect(route({ channel, type: 'addNumbers', payload: { a: 2, b: 3 } }, trusted)).resolves.toEqual({ ok: true, value: 5 });
  });

  it.each([
    ['a foreign message', { hello: 'world' }],
    ['another channel', { channel: 'other', type: 'addNumbers', payload: {} }],
  ])('ignores %s so other listeners may answer', (_name, message) => {
    expect(route(message, trusted)).toBeNull();
  });

  it.each([
    ['an unknown type', { channel, type: 'dropTables', payload: {} }, 'unknown message "dropTables"'],
    ['a malformed request', { channel, type: 'addNumbers', payload: { a: 'two', b: 3 } }, 'bad addNumbers request'],
    ['an inherited property name', { channel, type: 'toString', payload: {} }, 'unknown message "toString"'],
  ])('refuses %s with a readable error', async (_name, message, error) => {
    const reply = await route(message, trusted);
    expect(reply).toMatchObject({ ok: false });
    expect(reply && !reply.ok && reply.error).toContain(error);
  });

  it('refuses a sender the authorizer rejects, before running the handler', async () => {
    await expect(route({ channel, type: 'addNumbers', payload: { a: 1, b: 1 } }, { trusted: false })).resolves.toEqual({
      ok: false,
      error: 'not allowed from here',
    });
  });

  it('turns a handler failure into an error reply', async () => {
    await expect(route({ channel, type: 'failLoudly', payload: {} }, trusted)).resolves.toEqual({
      ok: false,
      error: 'the database is closed',
    });
  });
});

describe('createCaller', () => {
  const call = createCaller(calls, async (message) => route(message, trusted));

  it('returns the validated response', async () => {
    await expect(call('addNumbers', { a: 40, b: 2 })).resolves.toBe(42);
  });

  it('throws the receiver’s error as a CallError', async () => {
    await expect(call('failLoudly', {})).rejects.toThrow(new CallError('the database is closed'));
  });

  it('rejects an answer that does not fit the response schema', async () => {
    const lying = createCaller(calls, async () => ({ ok: true, value: 'not a number' }));
    await expect(lying('addNumbers', { a: 1, b: 2 })).rejects.toThrow(/bad addNumbers answer/);
  });

  it('rejects a missing answer, as when no listener replied', async () => {
    const silent = createCaller(calls, async () => undefined);
    await expect(silent('addNumbers', { a: 1, b: 2 })).rejects.toThrow(/no valid answer/);
  });
});
