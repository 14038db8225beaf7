import type { SourceKind } from '../model/source-kind';
import { guessSourceKind } from './guess-kind';
import { embeddedAcronym, initials, isCapitalised, nameWords, personName, remembered, surname } from './normalize-name';
import { findNameTies } from './source-ties';

/** A party under one canonical name with every other name the text gives it. */
export interface CanonicalSource {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

// A real article names far fewer parties; the cap keeps lookups cheap on hostile text.
const maxEntries = 300;

/** What matching needs to know about one name, worked out once per name. */
interface NameFacts {
  key: string;
  words: string[];
  isPerson: boolean;
  surname: string;
  initials: string;
  /** "the coalition", "the US-led coalition": one common noun, at most with "-led" or "US" before it. */
  generic: boolean;
}

const factsOf = remembered((name: string): NameFacts => {
  const words = nameWords(name);
  const last = words[words.length - 1] ?? 'X';
  const modifiers = words.slice(0, -1);
  const generic = (!isCapitalised(last) || words.length === 1) && modifiers.every((word) => /-led$/.test(word) || /^(?:US|U\.S)$/.test(word));
  const key = words.join(' ').toLowerCase();
  return { key, words, isPerson: personName(name) !== null && words.length >= 2, surname: surname(name), initials: initials(name), generic };
});

function aliasMatches(alias: NameFacts, mention: NameFacts): boolean {
  if (alias.key === mention.key) return true;
  const [only] = mention.words;
  if (mention.words.length === 1 && isCapitalised(only) && only.length > 1) {
    if (only === only.toUpperCase() && alias.initials === only.replace(/[-\d]/g, '')) return true;
    if (alias.isPerson && alias.surname === mention.key) return true;
  }
  if (mention.isPerson && alias.isPerson) return alias.surname === mention.surname && alias.key[0] === mention.key[0];
  if (mention.words.length >= 2 && isCapitalised(only) && alias.key.endsWith(` ${mention.key}`)) return true;
  const head = mention.words[mention.words.length - 1]?.toLowerCase() ?? '';
  return mention.generic && head.length > 2 && ` ${alias.key} `.includes(` ${head} `);
}

/** True when `mention` can only mean `entry`: same name, acronym, surname, or a generic head noun. */
function refersTo(entry: CanonicalSource, mention: NameFacts): boolean {
  return aliasMatches(factsOf(entry.name), mention) || entry.aliases.some((alias) => aliasMatches(factsOf(alias), mention));
}

/**
 * The parties named in one text. Names the text ties together (an acronym in brackets,
 * "known as") start merged; later mentions join the first party they can only refer to.
 */
export class SourceRegistry {
  private readonly entries: CanonicalSource[] = [];

  constructor(text = '') {
    for (const [long, short] of findNameTies(text)) {
      const found = this.find(long) ?? this.find(short);
      if (found) this.addAlias(found, long === found.name ? short : long);
      else this.entries.push(this.create(long, [short]));
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
      if (found.kind === 'other') found.kind = guessSourceKind(mention);
      return found;
    }
    const entry = this.create(name, []);
    if (entry.kind === 'other') entry.kind = guessSourceKind(mention);
    if (this.entries.length < maxEntries) this.entries.push(entry);
    return entry;
  }

  private find(mention: string): CanonicalSource | undefined {
    const facts = factsOf(mention);
    for (let i = this.entries.length - 1; i >= 0; i--) if (refersTo(this.entries[i], facts)) return this.entries[i];
    return undefined;
  }

  private create(name: string, aliases: string[]): CanonicalSource {
    const clean = nameWords(name).join(' ');
    return { name: clean, kind: guessSourceKind([clean, ...aliases].join(' ')), aliases: aliases.filter((alias) => alias !== clean) };
  }

  private addAlias(entry: CanonicalSource, alias: string): void {
    const clean = nameWords(alias).join(' ');
    const lower = clean.toLowerCase();
    if (clean === '' || [entry.name, ...entry.aliases].some((known) => known.toLowerCase() === lower)) return;
    // The most specific name leads: "US-led coalition" over "coalition", a full name over its acronym.
    const longer = clean.length > entry.name.length && !/^[\p{Lu}\d-]+$/u.test(clean);
    if (longer) {
      entry.aliases.push(entry.name);
      entry.name = clean;
    } else entry.aliases.push(clean);
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
