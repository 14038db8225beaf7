import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": text that is not an attribution is not highlighted:
// "said" in other senses, headlines, captions, bylines, datelines, author bios, link lists.

describe('"said" and "say" in other senses', () => {
  it.each([
    ['The said agreement expired in May.'],
    ['Under the said treaty, both armies must pull back.'],
    ['The fortress is said to be the oldest in the region.'],
    ['The militia is said to have three thousand fighters.'],
    ['The old mill, said to date from 1820, burned down.'],
    ['The families said goodbye at the gate before dawn.'],
  ])('%s', (text) => {
    expect(extractAttributions(text)).toEqual([]);
  });
});

describe('speech verbs in set phrases, names and summonses', () => {
  it.each([
    ['Needless to say, the mayor was furious.'],
    ['Suffice it to say, the talks failed.'],
    ['All told, forty people were hurt in the crush.'],
    ['The ferry operator, known as Blue Line, cut three routes.'],
    ['The council called an emergency meeting on Sunday.'],
    ['The union called off the strike at dawn.'],
    ['The port authority did not respond to a request for comment on the figures.'],
    ['The two drivers, who were arguing over the ferry fare, were taken away.'],
  ])('%s', (text) => {
    expect(extractAttributions(text)).toEqual([]);
  });

  it('keeps the report around the phrase and drops only the phrase', () => {
    const found = extractAttributions('Having said that, the port will reopen on Monday, the ministry said.');
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'the ministry']]);
  });
});

describe('page furniture', () => {
  it.each([
    ['a headline', 'Minister Says Ferry Will Sail Friday'],
    ['a headline with two cues', 'Rebels Claim Control Of Dam As Army Denies Losses'],
    ['a lower-case headline', 'Army denies shelling market, says rebels fired first'],
    ['a byline', 'By Marta Kowal'],
    ['a byline with a role', 'By Marta Kowal, Staff Reporter'],
    ['a byline with the outlet', 'Marta Kowal | Valley Courier'],
    ['a caption with a label', 'Photo: Villagers said farewell to the soldiers.'],
    ['a caption with a bracketed credit', 'Villagers say goodbye to the departing soldiers in Hamra on Tuesday. (Photo: Valley Courier)'],
    ['an author bio', 'Marta Kowal is a reporter for the Valley Courier who says she has covered the coast for ten years.'],
    ['a "read more" link', 'Read more: Army says troops were ambushed near the dam'],
    ['a "related" link', 'Related: Minister says ferry will sail'],
    ['a list of linked headlines', 'Army says troops ambushed near dam\nMinister says ferry will sail on Friday\nRebels claim control of the old mill'],
    ['a titled list of links', 'More from the valley:\nArmy says troops ambushed near dam\nMinister says ferry will sail on Friday'],
  ])('%s', (_, text) => {
    expect(extractAttributions(text)).toEqual([]);
  });

  it('reads the story paragraph and skips the bio after it', () => {
    const text = 'The harbour master said the ferry would sail at noon.\n\nMarta Kowal is a correspondent for the Valley Courier who says she has covered the coast for ten years.';
    expect(extractAttributions(text).map((a) => a.speaker)).toEqual(['harbour master']);
  });
});

describe('datelines stay out of sources and claims', () => {
  it.each([
    ['PORTVILLE, Coastal Region — The harbour master said the ferry would sail on Friday.', 'The harbour master', 'the ferry would sail on Friday'],
    ['PORTVILLE, March 3 (Valley Wire) — The harbour master said the ferry would sail on Friday.', 'The harbour master', 'the ferry would sail on Friday'],
    ['PORTVILLE — The ferry will sail on Friday, according to the harbour master.', 'the harbour master', 'The ferry will sail on Friday'],
  ])('%s', (text, source, content) => {
    const attribution = extractAttributions(text).find((a) => a.source?.text === source);
    expect(attribution?.content.text).toBe(content);
  });
});

describe('a reporter’s own work is not a claim', () => {
  it('reads nothing attributed in "spoke to residents and reviewed footage shared online"', () => {
    expect(extractAttributions('The Valley Courier compared the statements, spoke to residents and reviewed footage shared online.')).toEqual([]);
  });
});
