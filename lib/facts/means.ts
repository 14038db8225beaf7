import { phraseTable } from './phrase-table';

/** Weapons and means, reduced to a key; `meansClass` groups keys that can describe the same act. */
export const meansTable = phraseTable({
  airstrike: ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'aerial bombardment',
    'aerial attack', 'bombing raid', 'air-strike', 'air-strikes'],
  helicopter: ['helicopter', 'helicopters', 'gunship', 'gunships', 'chopper', 'choppers'],
  aircraft: ['aircraft', 'warplane', 'warplanes', 'jet', 'jets', 'fighter jet', 'fighter jets', 'plane', 'planes', 'air force'],
  drone: ['drone', 'drones', 'uav', 'uavs'],
  'small-arms fire': ['small arms', 'small-arms', 'small arms fire', 'small-arms fire', 'gunfire', 'live rounds',
    'live ammunition', 'bullet', 'bullets', 'rifle', 'rifles', 'machine gun', 'machine guns', 'machine-gun',
    'gunshot', 'gunshots', 'sniper', 'snipers', 'sniper fire'],
  artillery: ['artillery', 'shelling', 'shells', 'mortar', 'mortars', 'howitzer', 'howitzers', 'tank fire'],
  missile: ['missile', 'missiles', 'rocket', 'rockets'],
  stones: ['stone', 'stones', 'rock', 'rocks', 'hail of stones'],
  'petrol bomb': ['molotov', 'molotov cocktail', 'molotov cocktails', 'petrol bomb', 'petrol bombs', 'firebomb', 'firebombs'],
  explosive: ['ied', 'ieds', 'roadside bomb', 'car bomb', 'explosive', 'explosives', 'suicide bomber', 'landmine', 'landmines'],
  'ground troops': ['ground troops', 'ground forces', 'ground assault', 'ground offensive', 'ground operation', 'infantry'],
  'crowd control': ['smoke bombs', 'smoke bomb', 'tear gas', 'teargas', 'rubber bullets', 'stun grenades', 'water cannon'],
});

const classes: Record<string, string> = {
  airstrike: 'from the air', helicopter: 'from the air', aircraft: 'from the air', drone: 'from the air',
  'small-arms fire': 'ground fire', artillery: 'ground fire', 'ground troops': 'ground fire', missile: 'projectile',
  stones: 'thrown', 'petrol bomb': 'thrown', explosive: 'explosive', 'crowd control': 'crowd control',
};

/** The family of a means key: "from the air", "ground fire", "thrown"... */
export function meansClass(key: string): string {
  return classes[key] ?? key;
}
