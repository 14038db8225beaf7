import type { SourceKind } from '../model/source-kind';
import { guessSourceKind } from './guess-kind';
import { initials, isCapitalised, nameWords, personName, surname } from './normalize-name';
import { findNameTies } from './source-ties';

/** A party under one canonical name with every other name the text gives it. */
export interface CanonicalSource {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

// A real article names far fewer parties; the cap keeps lookups cheap on hostile text.
const maxEntries = 300;

const key = (name: string): string => nameWords(name).join(' ').toLowerCase();

/** True when `mention` can only mean `entry`: same name, acronym, surname, or a generic head noun. */
function refersTo(entry: CanonicalSource, mention: string): boolean {
  const mentionKey = key(mention);
  const words = nameWords(mention);
  const mentionIsPerson = personName(mention) !== null && words.length >= 2;
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  const generic = words.every((word) => !isCapitalised(word) || /-led$/.test(word) || /^(?:US|U\.S)$/.test(word));
  return [entry.name, ...entry.aliases].some((alias) => {
    const aliasKey = key(alias);
    if (aliasKey === mentionKey) return true;
    const aliasIsPerson = personName(alias) !== null && nameWords(alias).length >= 2;
    if (words.length === 1 && isCapitalised(words[0]) && words[0].length > 1) {
      if (words[0] === words[0].toUpperCase() && initials(alias) === words[0].replace(/[-\d]/g, '')) return true;
      if (aliasIsPerson && surname(alias) === mentionKey) return true;
    }
    if (mentionIsPerson && aliasIsPerson) return surname(alias) === surname(mention) && aliasKey[0] === mentionKey[0];
    if (words.length >= 2 && isCapitalised(words[0]) && aliasKey.endsWith(` ${mentionKey}`)) return true;
    return generic && head.length > 2 && ` ${aliasKey} `.includes(` ${head} `);
  });
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
    const name = person ?? nameWords(mention).join(' ');
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
    for (let i = this.entries.length - 1; i >= 0; i--) if (refersTo(this.entries[i], mention)) return this.entries[i];
    return undefined;
  }

  private create(name: string, aliases: string[]): CanonicalSource {
    const clean = nameWords(name).join(' ');
    return { name: clean, kind: guessSourceKind([clean, ...aliases].join(' ')), aliases: aliases.filter((alias) => alias !== clean) };
  }

  private addAlias(entry: CanonicalSource, alias: string): void {
    const clean = nameWords(alias).join(' ');
    if (clean === entry.name || entry.aliases.includes(clean) || clean === '') return;
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
