import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../scripts/cli/extract';
import { CliError } from '../../scripts/cli/io';

const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-extract-'));

function write(name: string, content: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  return file;
}

async function printed(args: string[]): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  await runExtract(args);
  return lines.join('').trim().split('\n').map((line) => JSON.parse(line));
}

afterEach(() => vi.restoreAllMocks());

describe('cli extract', () => {
  it('prints one line per text file with offsets into the file', async () => {
    const text = 'The mayor said the bridge would reopen next week.';
    const [line] = await printed([write('plain.txt', text)]);
    const claims = line.claims as Array<{ cue: { text: string; start: number; end: number }; speaker: string }>;
    expect(line.file).toMatch(/plain\.txt$/);
    expect(line.text).toBeUndefined();
    expect(claims[0].speaker).toBe('mayor');
    expect(text.slice(claims[0].cue.start, claims[0].cue.end)).toBe('said');
  });

  it('reads the article text of an .html file and prints it', async () => {
    const html = `<html><head><title>Bridge</title></head><body><nav><a href="/">Home</a></nav><article>
      <p>The mayor said the bridge would reopen next week after months of repairs to its eastern span.</p>
      <p>“We are ready,” the city engineer said, adding that traffic would be limited at first for safety reasons.</p>
      </article></body></html>`;
    const [line] = await printed([write('page.html', html)]);
    const text = line.text as string;
    const claims = line.claims as Array<{ content: { text: string; start: number; end: number } }>;
    expect(text).toContain('The mayor said');
    expect(text).not.toContain('Home');
    for (const claim of claims) expect(text.slice(claim.content.start, claim.content.end)).toBe(claim.content.text);
  });

  it('gives a clear error for a missing file', async () => {
    await expect(runExtract([path.join(folder, 'missing.txt')])).rejects.toThrow(CliError);
    await expect(runExtract([path.join(folder, 'missing.txt')])).rejects.toThrow(/no such file/);
  });

  it('rejects an unknown option', async () => {
    await expect(runExtract(['--fast'])).rejects.toThrow(/unknown option/);
  });
});
