import { phraseAt, phraseTable, type PhraseHit } from './phrase-table';
import { isClauseBreak, type Token } from './tokens';

/** Who a person is said to be, reduced to a key; longer phrases win ("militia fighter" over "fighter"). */
export const identityTable = phraseTable({
  civilian: ['civilian', 'civilians', 'villager', 'villagers', 'resident', 'residents', 'farmer', 'farmers',
    'herder', 'herders', 'fisherman', 'fishermen', 'driver', 'drivers', 'worker', 'workers', 'student', 'students',
    'shepherd', 'shepherds', 'peasant', 'peasants', 'labourer', 'labourers', 'laborer', 'laborers', 'teacher',
    'teachers', 'shopkeeper', 'shopkeepers', 'bystander', 'bystanders', 'passer-by', 'passers-by', 'non-combatant',
    'non-combatants',
    'man in civilian clothes', 'men in civilian clothes', 'local man', 'local men', 'local resident', 'local residents'],
  child: ['child', 'children', 'boy', 'boys', 'girl', 'girls', 'teenager', 'teenagers', 'minor', 'minors', 'toddler'],
  woman: ['woman', 'women'],
  journalist: ['journalist', 'journalists', 'reporter', 'reporters', 'cameraman', 'photographer', 'photojournalist'],
  protester: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators'],
  'aid worker': ['aid worker', 'aid workers', 'medic', 'medics', 'paramedic', 'paramedics', 'nurse', 'doctor'],
  soldier: ['soldier', 'soldiers', 'serviceman', 'servicemen', 'servicemember', 'servicemembers', 'trooper',
    'troopers', 'conscript', 'conscripts', 'army officer', 'army officers', 'marine', 'marines'],
  police: ['police officer', 'police officers', 'policeman', 'policemen', 'policewoman', 'gendarme', 'gendarmes'],
  'militia member': ['militia member', 'militia members', 'militiaman', 'militiamen', 'militia fighter',
    'militia fighters', 'militant member', 'paramilitary', 'paramilitaries', 'militia'],
  fighter: ['rebel fighter', 'rebel fighters', 'militant fighter', 'militant fighters', 'fighter', 'fighters',
    'militant', 'militants', 'insurgent', 'insurgents', 'rebel', 'rebels',
    'gunman', 'gunmen', 'armed man', 'armed men', 'jihadist', 'jihadists', 'combatant', 'combatants',
    'attacker', 'attackers', 'assailant', 'assailants'],
});

/** Groups a person can be "a member of", reduced to the identity key of their members. */
const groupTable = phraseTable({
  'militia member': ['militia', 'militias', 'armed group', 'armed groups', 'paramilitary group', 'armed faction',
    'armed factions', 'tribal militia', 'self-defence group', 'self-defense group'],
  fighter: ['rebel group', 'rebel groups', 'militant group', 'militant groups', 'insurgent group', 'insurgent groups',
    'jihadist group', 'jihadist groups', 'terrorist group', 'terrorist groups', 'armed wing', 'resistance'],
  soldier: ['army', 'armed forces', 'military', 'security forces', 'national guard', 'border guard', 'navy',
    'air force'],
  police: ['police', 'police force', 'gendarmerie'],
});

// Words allowed between "member of" and the group: "a member of a pro-government militia".
const maxGroupGap = 4;

// "a member of an armed group", "members of the army": the group names who the person is.
function memberOfGroup(tokens: Token[], index: number): PhraseHit | null {
  if (!['member', 'members'].includes(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== 'of') return null;
  for (let at = index + 2; at < tokens.length && at <= index + 2 + maxGroupGap; at += 1) {
    if (isClauseBreak(tokens[at]) || tokens[at].text === ',') return null;
    const group = phraseAt(tokens, at, groupTable);
    if (group) return { key: group.key, from: index, to: group.to };
  }
  return null;
}

/**
 * The identity named at token `index` ("a shepherd", "militia fighters", "a
 * member of an armed group"), longest first; null when none starts there.
 */
export function identityAt(tokens: Token[], index: number): PhraseHit | null {
  return memberOfGroup(tokens, index) ?? phraseAt(tokens, index, identityTable);
}

/** Every identity named in the tokens, left to right, without overlaps. */
export function findIdentities(tokens: Token[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const hit = identityAt(tokens, index);
    if (hit) {
      hits.push(hit);
      index = hit.to;
    }
  }
  return hits;
}

// Words that may stand before the identity a phrase opens with: "a regular soldier".
const leadWords = new Set(['a', 'an', 'the', 'one', 'any', 'just', 'merely', 'simply', 'only', 'regular', 'ordinary',
  'innocent', 'real', 'actually', 'even']);

/**
 * The identity the tokens open with ("a regular soldier", "an armed group
 * member"), as in a denial's scope "not a civilian"; null when they open with
 * anything else, such as a verb ("shoot a civilian" denies an act, not who someone was).
 */
export function openingIdentity(tokens: Token[]): PhraseHit | null {
  let index = 0;
  while (index < tokens.length && index < 4 && leadWords.has(tokens[index].lower)) index += 1;
  return identityAt(tokens, index);
}

/** Every identity key the text can name. */
export const identityKeys: ReadonlySet<string> = new Set(
  [...identityTable.values(), ...groupTable.values()].flat().map((entry) => entry.key),
);

const classes: Record<string, string> = {
  civilian: 'civilian', child: 'civilian', woman: 'civilian', journalist: 'civilian', protester: 'civilian',
  'aid worker': 'civilian', soldier: 'state force', police: 'state force', 'militia member': 'armed group',
  fighter: 'armed group',
};

/**
 * Whether two identity keys can describe the same person: a child can be a
 * civilian, but a civilian is not a militia member and a militia member is not
 * a soldier of the state.
 */
export function identitiesCompatible(a: string, b: string): boolean {
  return a === b || (classes[a] !== undefined && classes[a] === classes[b]);
}

/**
 * Whether saying someone is not `denied` rules out `asserted`: "not a civilian"
 * rules out "a civilian" and "a child", but "not a journalist" leaves "a civilian" open.
 */
export function identityRuledOut(denied: string, asserted: string): boolean {
  return denied === asserted || (denied === 'civilian' && classes[asserted] === 'civilian');
}
