import type { NameFacts } from './source-registry';

/** Entry numbers filed under one kind of key, each entry once per key, in the order filed. */
class Filed {
  private readonly entries = new Map<string, number[]>();

  add(key: string, entry: number): void {
    const filed = this.entries.get(key);
    if (!filed) this.entries.set(key, [entry]);
    else if (filed[filed.length - 1] !== entry) filed.push(entry);
  }

  /** Appends to `found` the entries filed under `key`. */
  take(key: string, found: number[]): void {
    const filed = this.entries.get(key);
    if (filed) for (const entry of filed) found.push(entry);
  }
}

/**
 * The names of a registry's entries filed under every key by which a mention can match them
 * (see aliasMatches in source-registry.ts): the whole name, its initials, acronym and surname,
 * each run of its last words and each of its words. A mention is then compared with the few
 * entries filed under its own keys, not with every name of every entry.
 */
export class NameIndex {
  private readonly keys = new Filed();
  private readonly initials = new Filed();
  private readonly acronyms = new Filed();
  private readonly surnames = new Filed();
  private readonly endings = new Filed();
  private readonly words = new Filed();
  // "Operation ..." names match a mention that ends with them: too few to file by every ending.
  private readonly operations: number[] = [];

  /** Files `name` (its facts) as a name of entry `entry`. */
  add(name: NameFacts, entry: number): void {
    const words = name.key.split(' ');
    this.keys.add(name.key, entry);
    if (name.words.length >= 2) this.initials.add(name.initials, entry);
    if (name.acronym !== null) this.acronyms.add(name.acronym, entry);
    if (name.isPerson) this.surnames.add(name.surname, entry);
    if (name.words.length >= 2 && name.key.startsWith('operation ')) this.operations.push(entry);
    for (let i = 1; i < words.length; i++) this.endings.add(words.slice(i).join(' '), entry);
    for (const word of words) this.words.add(word, entry);
  }

  /** Every entry that may have a name matching `mention` (with some that have not), newest first. */
  candidates(mention: NameFacts): number[] {
    const found = [...this.operations];
    this.keys.take(mention.key, found);
    if (mention.acronym !== null) this.initials.take(mention.acronym, found);
    else if (mention.words.length >= 2) this.acronyms.take(mention.initials, found);
    if (mention.words.length === 1) this.surnames.take(mention.key, found);
    if (mention.isPerson) this.surnames.take(mention.surname, found);
    if (mention.words.length >= 2) this.endings.take(mention.key, found);
    if (mention.generic) this.words.take(mention.head, found);
    return found.sort((a, b) => b - a).filter((entry, i) => i === 0 || entry !== found[i - 1]);
  }
}
