import { afterEach, describe, expect, it, vi } from 'vitest';

const stdin = vi.hoisted(() => ({ text: '' }));
vi.mock('../../scripts/cli/io', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../scripts/cli/io')>()),
  readStdin: async () => stdin.text,
}));

const { runCompare } = await import('../../scripts/cli/compare');
const { CliError } = await import('../../scripts/cli/io');

function captureOutput(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('cli compare', () => {
  it('prints one stance line per input line, in order', async () => {
    stdin.text = [
      JSON.stringify({ id: 'a', claim: 'The shelling killed one soldier.', evidence: 'The shelling killed two soldiers.' }),
      '',
      JSON.stringify({ id: 7, claim: 'The ferry sank at noon.', evidence: 'The library opened a reading room for children.' }),
    ].join('\n');
    const output = captureOutput();
    await runCompare([]);
    const rows = output.join('').trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.id, row.relation])).toEqual([['a', 'contradicts'], [7, 'unrelated']]);
    expect(rows[0].reasons[0]).toMatchObject({ kind: 'number', claimSide: 'killed one soldier', evidenceSide: 'killed two soldiers' });
    expect(typeof rows[0].score).toBe('number');
  });

  it.each([
    ['a line that is not JSON', 'not json', /line 1: not valid JSON/],
    ['a line without evidence', JSON.stringify({ id: 'x', claim: 'c' }), /line 1: .*evidence/],
  ])('rejects %s with a clear message', async (_name, text, message) => {
    stdin.text = text;
    await expect(runCompare([])).rejects.toThrow(message);
    await expect(runCompare([])).rejects.toBeInstanceOf(CliError);
  });

  it('rejects arguments', async () => {
    await expect(runCompare(['--fast'])).rejects.toBeInstanceOf(CliError);
  });
});
