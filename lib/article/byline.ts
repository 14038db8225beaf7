/** Words that may sit between names in a credit line: "By Ana Lima and Omar Idris in Mosul". */
const creditJoiners = new Set(['and', '&', 'in', 'de', 'da', 'del', 'van', 'von', 'al', 'bin', 'la', 'le', 'with']);

const creditLead = /^(?:(?:additional\s+)?reporting|written|words|editing|writing|compiled|story)\s+by\s/i;

/**
 * True for a credit line rather than prose: "By Ana Lima and Omar Idris, Reuters",
 * "Reporting by Ana Lima; Editing by Tom Ward". "By Tuesday, the toll had risen…"
 * is prose because it goes on in lower case.
 */
export function isBylineText(text: string): boolean {
  if (text.length > 160) return false;
  if (creditLead.test(text)) return true;
  const match = /^by\s+/i.exec(text);
  if (!match) return false;
  const words = text.slice(match[0].length).split(/[\s,;|]+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > 14) return false;
  return words.every((word) => creditJoiners.has(word.toLowerCase()) || /^(?:(?:al|el|ad|abu|ben|bin)-)?[\p{Lu}@]/u.test(word));
}
