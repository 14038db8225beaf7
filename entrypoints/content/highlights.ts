import { highlightCss, highlightName, statusOrder } from '../../components/status-style';
import type { ClaimStatus } from '../../lib/model/page-claim';

/** The highlight that marks who is speaking and the attributing verb, beside the coloured claim. */
const speakerHighlight = 'crosscheck-speaker';

const speakerCss = `::highlight(${speakerHighlight}) { text-decoration: underline dotted currentColor; text-decoration-thickness: 1px; }`;

let sheet: CSSStyleSheet | null = null;

/** A claim's ranges on the page: its content, and its source and cue words. */
export interface PaintedClaim {
  status: ClaimStatus;
  content: Range;
  speakerParts: Range[];
}

/**
 * Registers one CSS highlight per status (and one for speakers) over the given
 * ranges. The page's text is not wrapped or changed; the styles are adopted,
 * not inserted as an element.
 */
export function paintHighlights(doc: Document, claims: readonly PaintedClaim[]): void {
  adoptStyles(doc);
  for (const status of statusOrder) {
    const ranges = claims.filter((claim) => claim.status === status).map((claim) => claim.content);
    setHighlight(highlightName(status), ranges);
  }
  setHighlight(speakerHighlight, claims.flatMap((claim) => claim.speakerParts));
}

/** Removes every Crosscheck highlight and style from the page. */
export function clearHighlights(doc: Document): void {
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith('crosscheck-')) CSS.highlights.delete(name);
  }
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

function setHighlight(name: string, ranges: Range[]): void {
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

function adoptStyles(doc: Document): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${highlightCss()}\n${speakerCss}`);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
