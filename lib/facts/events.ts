import { phraseTable } from './phrase-table';

/**
 * Kinds of happening, reduced to a key. Self-defence is its own kind because an
 * act told as self-defence by one side is often told as an attack by the other.
 */
export const eventTable = phraseTable({
  strike: ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'strike', 'strikes', 'struck', 'hit', 'hits',
    'bombed', 'bombing', 'bombings', 'bombard', 'bombarded', 'shelled', 'shelling', 'air-strike'],
  'opening fire': ['opened fire', 'open fire', 'opening fire', 'fired first', 'shot first'],
  shooting: ['fired on', 'fired at', 'fired upon', 'shot', 'shoot', 'shoots', 'shooting',
    'shootings', 'gunfire', 'exchange of fire', 'exchanged fire', 'firefight', 'fire'],
  clash: ['clash', 'clashes', 'clashed', 'altercation', 'confrontation', 'confronted', 'skirmish', 'skirmishes',
    'standoff', 'stand-off', 'scuffle', 'scuffles', 'fighting'],
  attack: ['attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaulted', 'ambush', 'ambushed', 'raid',
    'raided', 'stormed'],
  'self-defence': ['self-defence', 'self-defense', 'self defence', 'self defense', 'returned fire', 'return fire',
    'returning fire', 'fired back', 'responded to fire'],
  blockade: ['blocked', 'blocking', 'blockade', 'barred', 'stopped', 'intercepted'],
  arrest: ['arrest', 'arrests', 'arrested', 'detained', 'detention', 'captured', 'abducted', 'kidnapped'],
  protest: ['protest', 'protests', 'protested', 'demonstration', 'demonstrations', 'rally', 'riot', 'riots'],
  explosion: ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'detonated'],
  killing: ['killed', 'killing', 'killings', 'kill', 'kills', 'died', 'dead', 'death', 'deaths'],
  withdrawal: ['withdrew', 'withdrawn', 'withdrawal', 'pulled out', 'retreated'],
});

/** Event kinds that describe using force. */
export const forceEvents = new Set(['strike', 'shooting', 'attack', 'opening fire']);

/**
 * Event kinds that tell force as the first move, which self-defence recasts;
 * plain shooting is not among them, since those who return fire shoot too.
 */
export const firstMoveEvents = new Set(['strike', 'attack', 'opening fire']);
