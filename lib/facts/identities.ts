import { phraseTable } from './phrase-table';

/** Who a person is said to be, reduced to a key; longer phrases win ("militia fighter" over "fighter"). */
export const identityTable = phraseTable({
  civilian: ['civilian', 'civilians', 'villager', 'villagers', 'resident', 'residents', 'farmer', 'farmers',
    'herder', 'herders', 'fisherman', 'fishermen', 'driver', 'drivers', 'worker', 'workers', 'student', 'students',
    'shepherd', 'bystander', 'bystanders', 'passer-by', 'passers-by', 'non-combatant', 'non-combatants',
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
  fighter: ['fighter', 'fighters', 'militant', 'militants', 'insurgent', 'insurgents', 'rebel', 'rebels',
    'gunman', 'gunmen', 'jihadist', 'jihadists', 'combatant', 'combatants'],
});

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
