// Words of rank or office that precede a person's name and are not part of it.
const titles = new Set([
  'colonel', 'col', 'general', 'gen', 'major', 'maj', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt',
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'journalist', 'reporter',
  'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mr', 'mrs', 'ms', 'dr', 'admiral', 'adm',
  'commander', 'correspondent', 'ambassador', 'chairman', 'director', 'envoy', 'mayor', 'prime', 'foreign',
  'defense', 'defence', 'interior', 'oir', 'us', 'u.s', 'state', 'chief', 'deputy', 'analyst', 'activist',
]);

// Words that make a capitalised run an organisation or a place rather than a person.
const organisationWords = /^(?:rights|forces|force|ministry|agency|observatory|coalition|news|army|state|department|council|committee|party|group|command|media|tv|organi[sz]ation|union|office|house|times|post|press|republic|authority|authorities|board|commission|service|services|bureau|directorate|assembly|parliament|senate|government|alliance|federation|association|movement|monitor|watch|mission|operation|task|crescent|cross|relief|kingdom|nations|states|front|brigades?|units?|police|guard|network|radio|international|institute|foundation|campaign|university|court|center|centre|hospital|bank|company|corporation|province|region|city|county|village|street|online|daily|journal|today|tribune|herald|channel|correspondent|wire|gazette|courier|chronicle|telegraph|observer|reuters|newswire|broadcasting|television|magazine|review|weekly|express|mail|globe)$/i;
// A capitalised word after these is a place or body the description names, not the speaker ("Farmers around Haldera").
const linkingWords = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', 'around', 'near', 'from', 'outside', 'across', 'inside', 'beside', 'throughout', 'within']);

/** Remembers a function's answers for repeated names (a page names its sources again and again). */
export function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      if (answers.size > 5000) answers.clear();
      answer = compute(name);
      answers.set(name, answer);
    }
    return answer;
  };
}

/** The words of a name without the leading article, possessive ending, or outer punctuation. */
export const nameWords = remembered(splitName);

function splitName(name: string): string[] {
  const words = name.replace(/[’']s\b/g, '').split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}.]+$/gu, ''));
  const kept = words.filter((word) => word.length > 0);
  if (kept.length > 0 && /^(?:the|a|an)$/i.test(kept[0])) kept.shift();
  return kept.slice(0, 24);
}

// A pattern literal inside a function builds a new RegExp object at every call; this one runs for every name compared.
const startsCapitalised = /^\p{Lu}/u;

/** True for a word that starts with a capital letter (a proper-name word). */
export function isCapitalised(word: string): boolean {
  return startsCapitalised.test(word);
}

/** A person's surname: the last word of the name that is not a generational suffix. */
export function surname(person: string): string {
  const words = nameWords(person).filter((word) => !/^(?:I{1,3}|IV|Jr\.?|Sr\.?)$/.test(word));
  return (words.pop() ?? '').toLowerCase();
}

/**
 * The proper name inside a description, or null: the trailing run of two or more
 * capitalised words after any titles, or one after a lower-case noun ("state agency Anadolu") ("US Secretary of Defense Mark Esper" -> "Mark Esper",
 * "Colonel Myles Caggins" -> "Myles Caggins").
 */
export const personName = remembered(findPersonName);

function findPersonName(name: string): string | null {
  const words = nameWords(name.split(',').pop() ?? name);
  let first = words.length;
  while (first > 0 && isCapitalised(words[first - 1]) && !titles.has(words[first - 1].toLowerCase().replace(/\.$/, ''))) first--;
  const person = words.slice(first);
  const before = first === 0 ? '' : words[first - 1].toLowerCase();
  const single = person.length === 1 && before !== '' && !isCapitalised(before) && words.length > 1;
  if ((person.length < 2 && !single) || person.length > 4 || linkingWords.has(before)) return null;
  if (person.some((word) => organisationWords.test(word) || !/^[\p{L}.'’-]+$/u.test(word))) return null;
  return person.join(' ');
}

/** Initials of the capitalised words of a name ("Syrian Observatory for Human Rights" -> "SOHR"). */
export const initials = remembered(spellInitials);

function spellInitials(name: string): string {
  return nameWords(name.replace(/[-–—]/g, ' '))
    .filter(isCapitalised)
    .map((word) => word[0])
    .join('');
}

/**
 * The one all-capitals name inside a description ("Valdoria's state-run VNA news agency" ->
 * "VNA"), or null when there is none or more than one, or the rest is not lower case.
 */
export function embeddedAcronym(name: string): string | null {
  const words = nameWords(name);
  const acronyms = words.filter((word) => /^\p{Lu}{3,10}$/u.test(word));
  if (acronyms.length !== 1 || words.length < 2) return null;
  const rest = words.filter((word) => word !== acronyms[0]);
  return rest.every((word) => !isCapitalised(word) || /[’']s$/.test(word) || word === rest[0]) ? acronyms[0] : null;
}
