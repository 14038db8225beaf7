import type { SourceKind } from '../model/source-kind';
import { guessSourceKind } from './guess-kind';
import { findNamedKinds, kindOfNamedParty } from './named-kinds';
import { embeddedAcronym, initials, isCapitalised, nameWords, personName, remembered, surname } from './normalize-name';
import { NameIndex } from './name-index';
import { findNameTies } from './source-ties';
import { findSpelledAcronyms } from './spelled-acronyms';

/** A party under one canonical name with every other name the text gives it. */
export interface CanonicalSource {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

// A real article names far fewer parties and names; the caps keep lookups cheap on hostile text.
const maxEntries = 300;
const maxAliases = 40;

/** What matching needs to know about one name, worked out once per name. */
export interface NameFacts {
  key: string;
  words: string[];
  isPerson: boolean;
  surname: string;
  initials: string;
  /** The letters of a one-word all-capitals name (see acronymOf), worked out once rather than at every comparison. */
  acronym: string | null;
  /** `key` and the lower-case last word with a space either side, for whole-word containment without building strings per comparison. */
  spacedKey: string;
  spacedHead: string;
  /** The lower-case last word. */
  head: string;
  /** "the coalition", "the US-led coalition": one common noun, at most with "-led" or "US" before it. */
  generic: boolean;
  /** "coalition forces", "army officials": the party named through its people or arms, read as the party. */
  unit: boolean;
}

const unitWords = /^(?:forces|troops|aircraft|warplanes|jets|officials|spokes(?:man|woman|person))$/;
const partyNouns = /^(?:coalition|army|alliance|navy|military)$/;

const factsOf = remembered((name: string): NameFacts => {
  const all = nameWords(name);
  const unit = all.length === 2 && partyNouns.test(all[0]) && unitWords.test(all[1]);
  const words = unit ? all.slice(0, 1) : all;
  const last = words[words.length - 1] ?? 'X';
  const modifiers = words.slice(0, -1);
  const generic = (!isCapitalised(last) || words.length === 1) && modifiers.every((word) => /-led$/.test(word) || /^(?:US|U\.S)$/.test(word));
  const key = words.join(' ').toLowerCase();
  const acronym = acronymOf(words);
  const spacedKey = ` ${key} `;
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  const spacedHead = ` ${head} `;
  return { key, words, isPerson: personName(name) !== null && words.length >= 2, surname: surname(name), initials: initials(name), acronym, spacedKey, spacedHead, head, generic, unit };
});

/** The letters of a one-word all-capitals name ("NRO", "JTF-OSS" -> "JTFOSS"), or null for any other name. */
function acronymOf(words: string[]): string | null {
  const [only] = words;
  if (words.length !== 1 || only.length < 2 || !isCapitalised(only) || only !== only.toUpperCase()) return null;
  return only.replace(/[-\d]/g, '');
}

/** A full name and its acronym, in either order: the initials of its capitalised words spell it. */
function spellsAcronym(alias: NameFacts, mention: NameFacts): boolean {
  const short = mention.acronym;
  if (short !== null) return alias.words.length >= 2 && alias.initials === short;
  const aliasShort = alias.acronym;
  return aliasShort !== null && mention.words.length >= 2 && mention.initials === aliasShort;
}

/** True when `long` ends with a space and then `short`: `long.endsWith(` ${short}`)` without building a string per comparison. */
function endsWithWords(long: string, short: string): boolean {
  return long.length > short.length && long.endsWith(short) && long[long.length - short.length - 1] === ' ';
}

// A plural head names many, not the one party: "forces" in "regime forces refused" is no "Syrian Democratic Forces".
const pluralHead = /^[a-z-]+[^s]s$/;

function aliasMatches(alias: NameFacts, mention: NameFacts): boolean {
  if (alias.key === mention.key || spellsAcronym(alias, mention)) return true;
  const [only] = mention.words;
  if (mention.words.length === 1 && isCapitalised(only) && only.length > 1 && alias.isPerson && alias.surname === mention.key) return true;
  // "Combined Joint Task Force – Operation Granite Shield" is the task force behind "Operation Granite Shield".
  if (alias.words.length >= 2 && alias.key.startsWith('operation ') && endsWithWords(mention.key, alias.key)) return true;
  if (mention.isPerson && alias.isPerson) return alias.surname === mention.surname && alias.key[0] === mention.key[0];
  if (mention.words.length >= 2 && isCapitalised(only) && endsWithWords(alias.key, mention.key)) return true;
  return mention.generic && mention.spacedHead.length > 4 && !pluralHead.test(mention.head) && alias.spacedKey.includes(mention.spacedHead);
}

/** True when `mention` can only mean `entry`: same name, acronym, surname, or a generic head noun. */
function refersTo(entry: CanonicalSource, mention: NameFacts): boolean {
  if (aliasMatches(factsOf(entry.name), mention)) return true;
  // A plain loop: this runs for every entry at every mention, and a callback would be a new closure each time.
  for (const alias of entry.aliases) if (aliasMatches(factsOf(alias), mention)) return true;
  return false;
}

// "the monitor" after "the Northern Rights Observatory": a bare noun for the kind of party last named.
const broadcast = /\b(?:radio|television|tv|broadcaster|channel)\b/i;
const press = /\b(?:newspaper|daily|courier|gazette|tribune|herald|chronicle|times|post|journal)\b/i;
const kindHeads = new Map<string, (entry: CanonicalSource) => boolean>([
  ['monitor', (entry) => entry.kind === 'monitor'],
  ['watchdog', (entry) => entry.kind === 'monitor'],
  ['agency', (entry) => entry.kind === 'state-media' || (entry.kind === 'news-agency' && !broadcast.test(entry.name) && !press.test(entry.name))],
  ['broadcaster', (entry) => (entry.kind === 'state-media' || entry.kind === 'news-agency') && broadcast.test([entry.name, ...entry.aliases].join(' '))],
  ['newspaper', (entry) => entry.kind === 'news-agency' && press.test(entry.name)],
  ['paper', (entry) => entry.kind === 'news-agency' && press.test(entry.name)],
  ['militia', (entry) => entry.kind === 'armed-group'],
]);

/**
 * The parties named in one text. Names the text ties together (an acronym in brackets or
 * spelled out elsewhere, "known as") start merged; later mentions join the first party they can only refer to.
 */
export class SourceRegistry {
  private readonly entries: CanonicalSource[] = [];
  private readonly index = new NameIndex();
  private readonly namedKinds: ReadonlyMap<string, SourceKind>;

  constructor(text = '') {
    this.namedKinds = findNamedKinds(text);
    for (const [long, short] of [...findNameTies(text), ...findSpelledAcronyms(text)]) {
      const found = this.find(long) ?? this.find(short);
      if (found) this.addAlias(found, long === found.name ? short : long);
      else this.add(this.create(long, [short]));
    }
  }

  /** The party a mention names, registering a new one when none fits. */
  resolve(mention: string): CanonicalSource {
    const bracketed = /^([^()]{1,200}?)\s*\(([^()]{1,40})\)$/.exec(mention.trim());
    if (bracketed) {
      const entry = this.resolve(bracketed[1]);
      this.addAlias(entry, bracketed[2]);
      return entry;
    }
    const person = personName(mention) ?? mention.split(',').map(personName).find((part) => part !== null) ?? null;
    const name = person ?? embeddedAcronym(mention) ?? nameWords(mention).join(' ');
    const found = this.find(name);
    if (found) {
      if (name !== found.name) this.addAlias(found, name);
      if (found.kind === 'other') found.kind = this.kindOfMention(mention);
      return found;
    }
    const entry = this.create(name, []);
    if (entry.kind === 'other') entry.kind = this.kindOfMention(mention);
    if (this.entries.length < maxEntries) this.add(entry);
    return entry;
  }

  /** A mention's kind by its words, or by a party the text named with its kind ("a spokesman for the Dawn Front", after "the Dawn Front militia"). */
  kindOfMention(mention: string): SourceKind {
    const kind = guessSourceKind(mention);
    return kind === 'other' ? kindOfNamedParty(mention, this.namedKinds) ?? kind : kind;
  }

  /** Gives the party named `name` a kind learnt elsewhere in the text, when its own words told none. */
  settleKind(name: string, kind: SourceKind): void {
    const found = this.find(name);
    if (found && found.kind === 'other') found.kind = kind;
  }

  private find(mention: string): CanonicalSource | undefined {
    const facts = factsOf(mention);
    for (const i of this.index.candidates(facts)) if (refersTo(this.entries[i], facts)) return this.entries[i];
    const fits = facts.generic && facts.words.length === 1 ? kindHeads.get(facts.key) : undefined;
    if (fits) for (let i = this.entries.length - 1; i >= 0; i--) if (fits(this.entries[i])) return this.entries[i];
    return undefined;
  }

  private add(entry: CanonicalSource): void {
    this.entries.push(entry);
    for (const name of [entry.name, ...entry.aliases]) this.index.add(factsOf(name), this.entries.length - 1);
  }

  private create(name: string, aliases: string[]): CanonicalSource {
    const clean = nameWords(name).join(' ');
    const cleanAliases = aliases.map((alias) => nameWords(alias).join(' '));
    return { name: clean, kind: guessSourceKind([clean, ...cleanAliases].join(' ')), aliases: cleanAliases.filter((alias) => alias !== clean && alias !== '') };
  }

  private addAlias(entry: CanonicalSource, alias: string): void {
    const clean = nameWords(alias).join(' ');
    const lower = clean.toLowerCase();
    if (clean === '' || entry.aliases.length >= maxAliases || [entry.name, ...entry.aliases].some((known) => known.toLowerCase() === lower)) return;
    // The most specific name leads: "US-led coalition" over "coalition", a full name over its acronym,
    // an acronym over a bare noun ("SANA" over "agency").
    const longest = entry.aliases.reduce((length, known) => Math.max(length, known.length), entry.name.length);
    const facts = factsOf(clean);
    const bareNoun = facts.generic && facts.words.length === 1;
    const longer = clean.length > longest && !/^[\p{Lu}\d-]+$/u.test(clean) && !facts.unit && !bareNoun;
    if (longer) {
      entry.aliases.push(entry.name);
      entry.name = clean;
    } else entry.aliases.push(clean);
    const at = this.entries.indexOf(entry);
    if (at >= 0) this.index.add(facts, at);
    if (entry.kind === 'other') entry.kind = guessSourceKind(clean);
  }
}

/**
 * The canonical form of a source's name: its party in `context` (a registry of the text's
 * parties, or the text itself) with the kind guessed from its words and its known aliases.
 */
export function canonicalSource(name: string, context?: SourceRegistry | string): CanonicalSource {
  const registry = context instanceof SourceRegistry ? context : new SourceRegistry(context ?? '');
  return registry.resolve(name);
}
