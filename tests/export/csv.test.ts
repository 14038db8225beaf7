import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../lib/export';
import { sampleExport } from './sample-export';

/** A small RFC 4180 reader for checking what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain words', 'plain words'],
    ['with, comma', '"with, comma"'],
    ['a "quoted" word', '"a ""quoted"" word"'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['', ''],
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const csv = toCsv(sampleExport);
  const rows = parseCsv(csv);
  const column = (name: string) => rows[0].indexOf(name);

  it('ends every line, the last included, with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  });

  it('writes one row per claim and match, and one per unmatched claim, all as wide as the header', () => {
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row[column('claim_id')])).toEqual(['claim_id', 'claim-toll', 'claim-toll', 'claim-boats']);
    expect(rows.map((row) => row[column('relation')])).toEqual(['relation', 'contradicts', 'agrees', '']);
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
  });

  it('keeps the words, reasons and links of each match, the reasons in words and the figures in columns of their own', () => {
    const monitor = rows[1];
    expect(monitor[column('other_words')]).toBe('At least eight people, two of them boys, were killed on the quay, the monitor said.');
    expect(monitor[column('reasons')]).toBe(
      'Toll / number: "five people were killed" ↔ "At least eight people" (different toll); Actor: "strike" ↔ "warship, "not a drone""',
    );
    expect(monitor[column('other_url')]).toBe('https://wire.example/kessal-toll');
    expect(monitor[column('score')]).toBe('0.87');
    expect(monitor[column('similarity')]).toBe('0.42');
    expect(rows[2][column('similarity')]).toBe('');
    expect(rows[3][column('claim')]).toBe('the boats were "burning, all of them"');
  });

  it('neutralises formulas hidden in other sources\' words and names', () => {
    const agreeing = rows[2];
    expect(agreeing[column('other_words')]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(agreeing[column('other_speaker')]).toBe("'-Rebel Command");
  });
});
