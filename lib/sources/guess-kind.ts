import type { SourceKind } from '../model/source-kind';

// A name that starts like this hides who is speaking, whatever institution it mentions after.
const unnamedStart = /^(?:the |an? |some |several |two |three |many |other )?(?:unnamed |anonymous |unidentified |unconfirmed |unverified |senior |local |western |u\.?s\.? |american |israeli |russian |turkish |syrian |iraqi |iranian )?(?:officials?|sources?|diplomats?|insiders?|aides?|people familiar|media|reports?|activists?)\b/;

// Checked in order: the first list with a word in the name decides. State media comes before
// news agency ("state news agency"), a journalist before the outlet ("a radio reporter"),
// monitors before government ("human rights observatory").
const kindWords: Array<[SourceKind, RegExp]> = [
  // "pro-government media" back a government without being its own.
  ['state-media', /\b(?:(?<!pro-)(?:state|government|official)(?:[- ](?:run|owned|controlled))? (?:[a-z]{1,12} ){0,2}(?:media|tv|television|news|agency|broadcaster|radio)|sana|anadolu|tass|ria novosti|xinhua|irna|kcna|press tv)\b/],
  // United Nations missions and the Red Cross report on an incident as outside observers do.
  ['monitor', /\b(?:observatory|monitor(?:s|ing group)?|watchdog|human rights watch|amnesty|sohr|airwars|rights group|un mission|united nations|unama|unami|unhcr|ohchr|ocha|unicef|icrc|red cross|red crescent)\b/],
  ['journalist', /\b(?:journalist|reporter|correspondent|editor|columnist|blogger|photographer|anchor)s?\b/],
  // A newspaper or broadcaster reports as a news organisation does: "the Valley Courier", "Radio Meridian".
  ['news-agency', /\b(?:agency|reuters|associated press|ap|afp|agence france-presse|bloomberg|dpa|efe|newswire|wire service|wire|news|newspaper|daily|courier|gazette|tribune|herald|chronicle|radio|television|tv|broadcaster|channel)\b/],
  // "local" makes a witness of a person ("a local medic"), not of an institution ("the local health directorate").
  ['witness', /\b(?:residents?|witness(?:es)?|eyewitness(?:es)?|villagers?|locals|local (?:[a-z-]{1,20} )?(?:man|woman|men|women|people|person|medic|doctor|nurse|farmer|shopkeeper|trader|driver|teacher|elder|fisherm[ae]n)|bystanders?|survivors?|neighbou?rs?|passers-by)\b/],
  ['armed-group', /\b(?:militias?|militants?|rebels?|insurgents?|fighters|isis|isil|islamic state|hezbollah|hamas|taliban|al-qaeda|sdf|syrian democratic forces|ypg|pkk|armed group)\b/],
  ['military', /\b(?:army|military|forces|troops|soldiers|coalition|pentagon|navy|naval|admiral|marines?|coast ?guard|air force|command|brigade|battalion|regiment|colonel|col|general|gen|major|lieutenant|sergeant|captain|commander|task force|cjtf|oir)\b/],
  ['government', /\b(?:ministry|minister|government|president|prime minister|secretary|department|state department|white house|kremlin|embassy|spokes(?:man|woman|person) for the (?:foreign|interior)|governor|governorate|directorate|council|municipality|prosecutors?|mayor|senator|congress(?:man|woman)?|parliament|administration|police|authority|authorities|washington|damascus|moscow|ankara|tehran)\b/],
  ['unnamed', /\b(?:officials?|sources?|a source|sources close to|diplomats?|insiders?|aides?|people familiar|someone|experts?|analysts?|local media|media reports?)\b/],
];

/**
 * Guesses what kind of party a source is from the words of its name or description
 * ("the defence ministry" -> government, "state TV" -> state-media, "residents" -> witness).
 * Returns "other" when no word gives it away.
 */
export function guessSourceKind(name: string): SourceKind {
  const lower = name.toLowerCase().slice(0, 300);
  if (unnamedStart.test(lower)) return 'unnamed';
  if (/^(?:the )?(?:us|u\.s\.?|united states|america)$/.test(lower)) return 'government';
  for (const [kind, words] of kindWords) if (words.test(lower)) return kind;
  return 'other';
}
