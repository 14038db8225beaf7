import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** A saved fixture file under tests/fixtures/pages: a page's HTML or its expected article text. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages', name), 'utf8');
}

/** A fixture page parsed by linkedom, as the command-line tool parses HTML. */
export function fixtureDocument(name: string): Document {
  return parseHTML(fixtureHtml(name)).document as unknown as Document;
}
