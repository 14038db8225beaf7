// How reports name a witness who withholds a full name: "a fruit seller who gave his name as
// Hamid", "another neighbour, who gave only his first name, Bekir", "a driver identified only as Sami".
const name = "(\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’-]{1,30}){0,2})";
const patterns = [
  new RegExp(`\\bgav(?:e|ing) (?:only )?(?:his|her|their) (?:first |full |last )?names? (?:only )?as ${name}`, 'u'),
  new RegExp(`\\bgav(?:e|ing) only (?:his|her|their) (?:first |last )?names?,? ${name}`, 'u'),
  new RegExp(`\\bidentified (?:only |herself |himself |themselves )?(?:as|by (?:his|her|their) (?:first |last )?names?,?) ${name}`, 'u'),
];

/**
 * The name a description says its person goes by ("One of them, a fruit seller who gave his
 * name as Hamid" -> "Hamid"), or null when it gives none. Mentions are short; each pattern is
 * bounded and anchored on fixed words, so this is linear in the mention.
 */
export function givenName(mention: string): string | null {
  if (mention.length > 300) return null;
  for (const pattern of patterns) {
    const found = pattern.exec(mention);
    if (found) return found[1];
  }
  return null;
}
