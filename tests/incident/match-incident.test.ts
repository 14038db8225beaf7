import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';
import { matchIncident, proposeIncident } from '../../lib/incident';
import type { Incident } from '../../lib/model/incident';

// Two clashes at one river town, months apart, in the project's own words.
const winterClash: Incident = {
  id: 'inc-winter',
  title: 'Checkpoint clash at Marren Ford',
  dateStart: '2023-02-07',
  dateEnd: '2023-02-07',
  places: ['Marren Ford', 'Upper Dalla'],
  actors: ['Northern Alliance', 'river militia'],
};
const summerClash: Incident = {
  id: 'inc-summer',
  title: 'Convoy clash at Marren Ford',
  dateStart: '2023-08-15',
  dateEnd: '2023-08-16',
  places: ['Marren Ford'],
  actors: ['Russian forces', 'villagers'],
};
const portStrike: Incident = {
  id: 'inc-port',
  title: 'Strike on the Kessa port',
  dateStart: '2023-08-14',
  dateEnd: '2023-08-14',
  places: ['Kessa'],
  actors: ['Turkish army'],
};
const incidents = [winterClash, summerClash, portStrike];

// The August clash as four outlets tell it, each on its own publication date.
const outlets: Array<[string, string]> = [
  ['Villagers blocked a Russian convoy near Marren Ford on Tuesday and one man was shot, residents said.', '2023-08-16'],
  ['A Russian patrol came under fire at Marren Ford on August 15, the defence ministry said.', '2023-08-17'],
  ['Russian forces opened fire on protesters in Marren Ford yesterday, killing two, a local doctor said.', '2023-08-16'],
  ['Monitors said clashes at Marren Ford last week left two dead.', '2023-08-22'],
];

describe('matchIncident', () => {
  it.each(outlets)('puts "%s" in the August clash', (text, publishedAt) => {
    const match = matchIncident(readFacts(text, { reference: publishedAt }), incidents, publishedAt);
    expect(match?.incident.id).toBe('inc-summer');
    expect(match?.reasons.map((reason) => reason.kind)).toContain('place');
  });

  it('puts a report of the February clash in the February incident, not the August one', () => {
    const text = 'Militia fighters and alliance troops exchanged fire at the Marren Ford checkpoint on Tuesday.';
    const match = matchIncident(readFacts(text, { reference: '2023-02-08' }), incidents, '2023-02-08');
    expect(match?.incident.id).toBe('inc-winter');
  });

  it('starts a new incident for a third clash at the same town months later', () => {
    const text = 'Villagers and Russian forces clashed again at Marren Ford on Sunday.';
    const match = matchIncident(readFacts(text, { reference: '2023-11-13' }), incidents, '2023-11-13');
    expect(match).toBeNull();
  });

  it('does not join a same-day event in another town with other parties', () => {
    const text = 'A drone struck fuel tanks at Kessa harbour on Monday, the Turkish army said.';
    const match = matchIncident(readFacts(text, { reference: '2023-08-15' }), [summerClash], '2023-08-15');
    expect(match).toBeNull();
  });

  it('finds the incident\'s places and parties among the proper names', () => {
    const text = 'Marren Ford residents said the River Militia fired first during Tuesday\'s clash.';
    const match = matchIncident(readFacts(text, { reference: '2023-02-08' }), incidents, '2023-02-08');
    expect(match?.incident.id).toBe('inc-winter');
    expect(match?.reasons.map((reason) => reason.kind)).toEqual(['time', 'place', 'actor']);
  });

  it('uses the publication date when the words give none', () => {
    const text = 'Russian forces fired on villagers at Marren Ford.';
    expect(matchIncident(readFacts(text), incidents, '2023-08-17')?.incident.id).toBe('inc-summer');
    expect(matchIncident(readFacts(text), incidents, '2023-02-01')).toBeNull();
  });
});

describe('proposeIncident', () => {
  it('proposes dates, places and parties from the claims', () => {
    const texts = [
      'Border guards of the Coastal League opened fire at Port Aven on Monday, killing one fisherman.',
      'The Coastal League said its guards at Port Aven fired warning shots on Monday.',
      'Fishermen said Russian patrol boats also entered the bay near Port Aven, as they had done last November.',
    ];
    const proposed = proposeIncident(texts, '2024-03-06');
    expect(proposed).toMatchObject({ dateStart: '2024-03-04', dateEnd: '2024-03-04' });
    expect(proposed.places[0]).toBe('Port Aven');
    expect(proposed.actors).toContain('Russian');
    expect(proposed.title).toContain('Port Aven');
  });

  it('falls back to the publication date when the claims give no day', () => {
    const proposed = proposeIncident(['Troops and villagers argued at the well.'], '2024-01-09');
    expect(proposed).toMatchObject({ dateStart: '2024-01-09', dateEnd: '2024-01-09', places: [] });
  });
});
