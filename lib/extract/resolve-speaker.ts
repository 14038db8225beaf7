import type { SourceKind } from '../model/source-kind';
import { documentOwner } from '../sources/document-owner';
import { givenName } from '../sources/given-name';
import { personName } from '../sources/normalize-name';
import { SourceRegistry, type CanonicalSource } from '../sources/source-registry';
import { nameGender, pronounAsks } from './person-gender';

/** Who a source span names, once pronouns and descriptions are resolved. */
export interface Speaker {
  name: string | null;
  kind: SourceKind;
}

// "who" stands for the person named just before it, like "he" or "she" ("Rana Idris, who first reported ...").
const personPronouns = /^(?:he|she|him|her|who)$/i;
// "which" stands for the body named just before it ("The observatory, which first put the toll at two").
const groupPronouns = /^(?:it|they|them|which)$/i;
// A source named by a person's role ("the mayor said") is who a later "he" or "she" means.
const personRoles = /\b(?:mayor|minister|spokes(?:man|woman|person)|president|governor|senator|official|commander|general|colonel|witness|resident|doctor|lawyer|officer|chief|director|ambassador|farmer|survivor|leader|envoy|secretary|prosecutor|judge|analyst|reporter|correspondent|journalist)$/i;
const firstPerson = /^(?:I|[Ww]e|me|us|[Yy]ou)$/;
// A member of a group named before: "One of them", "Two of those".
const partitive = /^(?:one|some|two|three|several|many|most|another|each) of (?:them|those|these)$/i;
// The auxiliary fused to a pronoun source: "He’s", "They're", "I'm".
const contraction = /(?<=^(?:he|she|they|we|i|you))['’](?:s|re|ll|ve|d|m)$/i;
// A document or a role standing for the last party that spoke: "the statement read", "the spokesman said".
const standIns = /^(?:the|a|an|its|their|his|her)\s+(?:[a-z]{1,20}\s+)?(?:statement|report|release|press release|communiqu[eé]|post|tweet|letter|spokes(?:man|woman|person))$/i;
// Someone who speaks for the body "its" or "their" points back to: "Its director, reached by message, said".
const bodyRoles = /^(?:its|their)\s+(?:[a-z]{1,20}\s+)?(?:director|head|chief|leader|commander|officials?|representatives?|envoy|lawyers?|president|chairman|chairwoman|secretary|coordinator|founder|manager)$/i;

/**
 * Resolves the source spans of one text in reading order: a pronoun or a stand-in such as
 * "the statement" becomes the party that last spoke ("it added" -> the coalition), a document
 * its issuer ("a statement from the ministry" -> the ministry), other mentions go through the
 * text's source registry so aliases merge.
 */
export class SpeakerContext {
  private readonly registry: SourceRegistry;
  private lastPerson: CanonicalSource | null = null;
  private lastGroup: CanonicalSource | null = null;
  private lastPlural: CanonicalSource | null = null;

  constructor(text: string) {
    this.registry = new SourceRegistry(text);
  }

  /**
   * The speaker of a source span's text; `null` source text gives an unnamed speaker.
   * `nearestPerson` names the person mentioned last before the span, for "he" and "she";
   * `nearestBody` the organisation a nearby sentence opens with, for "it" and "which".
   */
  resolve(sourceText: string | null, nearestPerson: () => string | null = () => null, nearestBody: () => string | null = () => null): Speaker {
    if (sourceText === null) return { name: null, kind: 'unnamed' };
    const words = namingWords(sourceText.trim()).replace(/[\s,;:]+$/u, '').replace(contraction, '');
    if (firstPerson.test(words)) return { name: null, kind: 'other' };
    const named = namedElsewhere(words, sourceText.trim(), nearestPerson, nearestBody);
    if (named !== null) return this.withMentionKind(this.resolve(named), sourceText.trim());
    if (partitive.test(words)) return this.oneOfThem(sourceText.trim());
    const pronoun = personPronouns.test(words) || groupPronouns.test(words);
    const earlier = personPronouns.test(words) ? this.personFor(words) : groupPronouns.test(words) ? this.group(words) : standIns.test(words) || bodyRoles.test(words) ? this.lastGroup ?? this.lastPerson : undefined;
    if (earlier) return { name: earlier.name, kind: earlier.kind };
    if (pronoun) return { name: null, kind: 'other' };
    const source = this.registry.resolve(words);
    if (source.name === '') return { name: null, kind: 'other' };
    if (earlier === null) return { name: source.name, kind: source.kind };
    if ((personName(words) !== null && source.name.includes(' ')) || personRoles.test(source.name)) this.lastPerson = source;
    else if (isPlural(source.name)) this.lastPlural = source;
    else this.lastGroup = source;
    return { name: source.name, kind: source.kind };
  }

  /** A speaker named elsewhere ("who gave his name as Abu Karim") keeps the kind its mention shows ("A spokesman for the Dawn Front"). */
  private withMentionKind(speaker: Speaker, mention: string): Speaker {
    if (speaker.kind !== 'other' || speaker.name === null) return speaker;
    const kind = this.registry.kindOfMention(mention);
    this.registry.settleKind(speaker.name, kind);
    return { ...speaker, kind };
  }

  /**
   * "One of them, a 60-year-old shopkeeper": a member of the group that last spoke, named by the
   * apposition when there is one, of that group's kind.
   */
  private oneOfThem(mention: string): Speaker {
    const group = this.lastPlural ?? this.lastGroup;
    const description = /,\s(?:a|an)\s([^,]{1,60})/i.exec(mention)?.[1].trim() ?? null;
    return { name: description ?? group?.name ?? null, kind: group?.kind ?? 'other' };
  }

  /** The last person spoken of, unless the pronoun asks for the other gender than the name shows ("Maria Kovacs ... he"). */
  private personFor(pronoun: string): CanonicalSource | null {
    const wanted = pronounAsks(pronoun);
    const shown = this.lastPerson && nameGender(this.lastPerson.name);
    return wanted && shown && shown !== wanted ? null : this.lastPerson;
  }

  /** "it" and "which" mean the last singular party ("the coalition"), "they" the last plural one ("residents"). */
  private group(pronoun: string): CanonicalSource | null {
    if (/^(?:it|which)$/i.test(pronoun)) return this.lastGroup ?? this.lastPerson;
    return this.lastPlural ?? this.lastGroup ?? this.lastPerson;
  }
}

// "the agency", "the monitor": a body described by its kind alone.
const definiteDescription = /^the ([a-z-]{3,30})$/i;

/**
 * The name a mention stands for when the text gives it elsewhere: the name a witness gave ("a
 * fruit seller who gave his name as Hamid"), a document's owner ("The
 * statement, posted on the ministry's website"), the person a "he" or "who" means, the body an
 * "it" or "which" means, or the body a nearby sentence opens with whose name ends in the noun
 * of "the agency" ("The state-run Republic News Agency has stuck to its report. According to
 * the agency, ..."). Null when the mention names its speaker itself.
 */
function namedElsewhere(words: string, mention: string, nearestPerson: () => string | null, nearestBody: () => string | null): string | null {
  const owner = givenName(mention) ?? documentOwner(words) ?? documentOwner(mention);
  if (owner !== null) return owner;
  if (personPronouns.test(words)) return nearestPerson();
  if (/^(?:it|which)$/i.test(words)) return nearestBody();
  const kind = definiteDescription.exec(words)?.[1].toLowerCase();
  const body = kind ? nearestBody() : null;
  return body && body.toLowerCase().endsWith(` ${kind}`) ? body : null;
}

/** A name whose last word is a plural common noun: "regime forces", "officials". */
function isPlural(name: string): boolean {
  return /^[a-z][a-z-]*[^s]s$/.test(name.split(' ').pop() ?? '');
}

// What describes a mention rather than names it: a relative clause ("A resident who asked not
// to be named"), an apposition that opens with an article ("The observatory, a war monitor"),
// or a participle with its place or time ("the poll released on Tuesday", "a clip shared online").
const describing = [
  /,?\s(?:who|whom|whose|which)\s/i,
  /,\s(?:a|an|the|one of)\s/i,
  /\s(?:[a-z]+ed|seen|written|shown|taken)\s(?:on|in|at|by|from|via|during|online|earlier|last|this|that|late|early|overnight)\b/,
];

/** The words of a mention that name its speaker, without the clauses that describe it. */
function namingWords(mention: string): string {
  let end = mention.length;
  for (const pattern of describing) {
    const found = pattern.exec(mention.slice(0, end));
    if (found && found.index > 0) end = found.index;
  }
  return mention.slice(0, end);
}
