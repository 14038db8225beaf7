import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A stretch of an article in JavaScript string indices. */
export interface Piece {
  start: number;
  end: number;
}

/** One hand-labelled attribution: each part may be discontinuous. */
export interface GoldAttribution {
  cue: Piece[];
  source: Piece[];
  content: Piece[];
}

export interface LabelledArticle {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/** Where PolNeAR lives: ../shared/data/polnear beside the repository. */
export function polnearRoot(): string {
  return path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear');
}

/** Maps code-point offsets (as brat writes them) to JavaScript string indices. */
function codePointIndex(text: string): number[] {
  const map: number[] = [];
  let js = 0;
  for (const char of text) {
    map.push(js);
    js += char.length;
  }
  map.push(js);
  return map;
}

function parsePieces(field: string, toJs: number[]): Piece[] {
  return field.split(';').map((pair) => {
    const [start, end] = pair.trim().split(' ').map(Number);
    return { start: toJs[start] ?? start, end: toJs[end] ?? end };
  });
}

/**
 * Reads a brat .ann file: T lines give labelled pieces (a surface with newlines runs on
 * over following lines, which are skipped), E lines tie Cue, Source, Content (and Content2)
 * into one attribution. Discuss and Discard marks are annotator notes and are ignored.
 */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toJs = codePointIndex(text);
  const spans = new Map<string, Piece[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const tab = line.split('\t');
    if (/^T\d+$/.test(tab[0]) && tab.length >= 2) {
      const space = tab[1].indexOf(' ');
      spans.set(tab[0], parsePieces(tab[1].slice(space + 1), toJs));
    } else if (/^E\d+$/.test(tab[0]) && tab.length >= 2) events.push(tab[1]);
  }
  return events.flatMap((event) => {
    const gold: GoldAttribution = { cue: [], source: [], content: [] };
    for (const part of event.trim().split(/\s+/)) {
      const [role, id] = part.split(':');
      const pieces = spans.get(id) ?? [];
      if (role === 'Cue') gold.cue.push(...pieces);
      else if (role === 'Source') gold.source.push(...pieces);
      else if (role.startsWith('Content')) gold.content.push(...pieces);
    }
    return gold.cue.length > 0 ? [gold] : [];
  });
}

/**
 * Reads one PolNeAR split (train or dev), or null when the data is absent. Articles
 * annotated by several people are scored against one: the annotator whose id sorts first.
 */
export function readPolnear(split: 'train' | 'dev'): LabelledArticle[] | null {
  const root = path.join(polnearRoot(), split);
  if (!existsSync(path.join(root, 'text'))) return null;
  const annFiles = readdirSync(path.join(root, 'attributions')).filter((name) => name.endsWith('.ann')).sort();
  const chosen = new Map<string, string>();
  for (const file of annFiles) {
    const article = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (!chosen.has(article)) chosen.set(article, file);
  }
  return [...chosen].map(([name, file]) => {
    const text = readFileSync(path.join(root, 'text', `${name}.txt`), 'utf8');
    const ann = readFileSync(path.join(root, 'attributions', file), 'utf8');
    return { name, text, gold: parseAnn(ann, text) };
  });
}
