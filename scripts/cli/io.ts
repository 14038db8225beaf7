import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** An error meant for the person at the terminal: printed as one line, no stack trace. */
export class CliError extends Error {}

/** Reads all of standard input as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file as UTF-8, turning a missing or unreadable file into a CliError. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(error)}`);
  }
}

/**
 * Parses JSON Lines against a schema; blank lines are skipped.
 * Throws a CliError naming the origin and line number of the first bad line.
 */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, origin: string): T[] {
  const rows: T[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${origin} line ${index + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
      throw new CliError(`${origin} line ${index + 1}: ${issue.message}${where}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}

/** Writes one JSON object per line to standard output. */
export function printJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
