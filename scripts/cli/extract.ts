import { parseHTML } from 'linkedom';
import { readArticle } from '../../lib/article/read-article';
import { extractAttributions } from '../../lib/extract/index';
import { CliError, printJsonLine, readStdin, readTextFile } from './io';

// Bigger inputs are refused rather than left to run for minutes.
const maxInputChars = 20_000_000;

interface ExtractLine {
  file: string;
  text?: string;
  claims: Array<{ source: { text: string; start: number; end: number } | null; cue: { text: string; start: number; end: number }; content: { text: string; start: number; end: number }; speaker: string | null }>;
}

function articleText(html: string, file: string): string {
  try {
    const { document } = parseHTML(html);
    return readArticle(document as unknown as Document).text;
  } catch (error) {
    throw new CliError(`${file}: cannot read the HTML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function extractLine(file: string, raw: string, isHtml: boolean): ExtractLine {
  if (raw.length > maxInputChars) throw new CliError(`${file}: input too large (${raw.length} characters; the limit is ${maxInputChars})`);
  const text = isHtml ? articleText(raw, file) : raw;
  const claims = extractAttributions(text).map(({ source, cue, content, speaker }) => ({ source, cue, content, speaker }));
  return isHtml ? { file, text, claims } : { file, claims };
}

/**
 * `cli extract [FILE...]`: prints one JSON line per file with its attributed claims
 * (offsets index the file's text, or for .html files the article text printed as "text").
 * With no FILE, reads standard input as plain text and prints one line for "-".
 */
export async function runExtract(args: string[]): Promise<void> {
  const unknownOption = args.find((arg) => arg.startsWith('--'));
  if (unknownOption) throw new CliError(`extract: unknown option ${unknownOption}`);
  if (args.length === 0) {
    printJsonLine(extractLine('-', await readStdin(), false));
    return;
  }
  for (const file of args) {
    const raw = await readTextFile(file);
    printJsonLine(extractLine(file, raw, /\.html?$/i.test(file)));
  }
}
