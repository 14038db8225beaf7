import type { SearchDoc } from '../../lib/search/index';

/** A small known-claim set written for these tests. */
export const knownClaims: SearchDoc[] = [
  { id: 'strike-two', text: 'An airstrike on the Tal Hamis checkpoint killed two militia members on Monday.', title: 'Two killed at checkpoint' },
  { id: 'strike-denial', text: 'The defence ministry denied conducting any airstrike near Tal Hamis.', title: 'Ministry denies strike' },
  { id: 'flood', text: 'Heavy rain flooded the old market in Qasr village, and shops stayed closed for three days.' },
  { id: 'vaccine', text: 'A viral post falsely claims the new vaccine contains tracking microchips.', title: 'No microchips in vaccines' },
  { id: 'bridge', text: 'The river bridge reopened after engineers repaired the cracked pillars.' },
  { id: 'strike-civilian', text: 'Residents said the man killed at the checkpoint was a civilian shepherd, not a fighter.' },
];
