import { describe, expect, it } from 'vitest';
import { onlyAttribution } from './only-attribution';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": cue verbs in other tenses, voices and positions than
// extract-attributions.test.ts covers, nominal cues and fixed phrases.

describe('cue verbs in other tenses and before or after the claim', () => {
  it.each([
    ['The harbour master says the ferry will sail at noon.', 'says', 'harbour master', 'the ferry will sail at noon'],
    ['The harbour master has said the ferry will sail at noon.', 'said', 'harbour master', 'the ferry will sail at noon'],
    ['The coastguard added that two boats had sunk.', 'added', 'coastguard', 'that two boats had sunk'],
    ['The depot was destroyed by rebel fire, the rebels claimed.', 'claimed', 'rebels', 'The depot was destroyed by rebel fire'],
    ['The rebels have claimed the attack on the depot.', 'claimed', 'rebels', 'the attack on the depot'],
    ['The ministry denies that its planes bombed the market.', 'denies', 'ministry', 'that its planes bombed the market'],
    ['The ministry has denied any role in the blast.', 'denied', 'ministry', 'any role in the blast'],
    ['The hospital confirms that nine people died.', 'confirms', 'hospital', 'that nine people died'],
    ['The council announces that the market will close.', 'announces', 'council', 'that the market will close'],
    ['The market will close, the council announced on Friday.', 'announced', 'council', 'The market will close'],
    ['The floods could spread, the weather office warned.', 'warned', 'weather office', 'The floods could spread'],
    ['The weather office warns that the floods could spread.', 'warns', 'weather office', 'that the floods could spread'],
    ['The driver insists he never crossed the line.', 'insists', 'driver', 'he never crossed the line'],
    ['He never crossed the line, the driver insisted.', 'insisted', 'driver', 'He never crossed the line'],
    ['The factory owner acknowledges that safety checks were skipped.', 'acknowledges', 'factory owner', 'that safety checks were skipped'],
    ['Safety checks were skipped, the factory owner acknowledged.', 'acknowledged', 'factory owner', 'Safety checks were skipped'],
    ['The inmates alleged the guards beat them.', 'alleged', 'inmates', 'the guards beat them'],
    ['The police hid the figures, the mayor argued.', 'argued', 'mayor', 'The police hid the figures'],
    ['Prices have doubled, the report noted.', 'noted', 'report', 'Prices have doubled'],
    ['The minister writes that the reform is overdue.', 'writes', 'minister', 'that the reform is overdue'],
    ['The reform is overdue, the minister tweeted.', 'tweeted', 'minister', 'The reform is overdue'],
    ['Samir Aziz, a fisherman, posted that the harbour was burning.', 'posted', 'Samir Aziz', 'that the harbour was burning'],
    ['Petra Lind told reporters that the ferry would sail at noon.', 'told', 'Petra Lind', 'that the ferry would sail at noon'],
  ])('%s', (text, verb, speaker, content) => {
    const attribution = onlyAttribution(text);
    expect(attribution.cue.text).toContain(verb);
    expect(attribution.speaker).toBe(speaker);
    expect(attribution.content.text).toBe(content);
  });
});

describe('a cue the cue model misses, closing the claim', () => {
  it.each([
    ['The guards reportedly beat a prisoner, local media report, after the riot ended.', 'report', 'local media', 'The guards reportedly beat a prisoner'],
  ])('%s', (text, cue, speaker, content) => {
    const attribution = extractAttributions(text).find((a) => a.cue.text === cue);
    expect(attribution).toMatchObject({ speaker, content: { text: content } });
  });
});

describe('passive cues with no speaker', () => {
  it.each([
    ['It was reported that the bridge had collapsed.', 'reported', 'that the bridge had collapsed'],
    ['It was claimed that the depot had been empty.', 'claimed', 'that the depot had been empty'],
  ])('%s', (text, verb, content) => {
    const attribution = onlyAttribution(text);
    expect(attribution).toMatchObject({ source: null, speaker: null, speakerKind: 'unnamed', content: { text: content } });
    expect(attribution.cue.text).toContain(verb);
  });
});

describe('nominal cues: statements, reports, interviews', () => {
  it.each([
    ['The ministry said in a statement that the strike hit an empty depot.', 'ministry', 'government', 'that the strike hit an empty depot'],
    ['A statement from the ministry said the strike hit an empty depot.', 'ministry', 'government', 'the strike hit an empty depot'],
    ['The ministry’s statement said the strike hit an empty depot.', 'ministry', 'government', 'the strike hit an empty depot'],
    ['In a statement on Sunday, the army denied that it had shelled the town.', 'army', 'military', 'that it had shelled the town'],
    ['A report by the Northern Monitor found that forty homes were destroyed.', 'Northern Monitor', 'monitor', 'that forty homes were destroyed'],
    ['According to a report by the Northern Monitor, forty homes were destroyed.', 'Northern Monitor', 'monitor', 'forty homes were destroyed'],
    ['Forty homes were destroyed, according to reports from the valley.', 'reports from the valley', 'unnamed', 'Forty homes were destroyed'],
    ['In an interview with Radio Meridian, the governor said the dam would hold.', 'governor', 'government', 'the dam would hold'],
  ])('%s', (text, speaker, kind, content) => {
    const attribution = onlyAttribution(text);
    expect(attribution).toMatchObject({ speaker, speakerKind: kind, content: { text: content } });
  });
});

describe('fixed phrases: according to, citing, quoted as saying', () => {
  it.each([
    ['The dam will hold, according to the governor.', 'according to', 'the governor', 'The dam will hold'],
    ['According to the governor, the dam will hold.', 'According to', 'the governor', 'the dam will hold'],
    ['Citing hospital staff, the agency said the ambulance was hit twice.', 'said', 'the agency', 'the ambulance was hit twice'],
  ])('%s', (text, cue, source, content) => {
    expect(onlyAttribution(text)).toMatchObject({ cue: { text: cue }, source: { text: source }, content: { text: content } });
  });

  it('keeps "according to" apart from a long source the model drew into the cue', () => {
    const found = extractAttributions('According to a statement posted on its website, the group said it had shelled the depot.');
    expect(found.find((a) => a.cue.text === 'According to')).toMatchObject({ source: { text: 'a statement posted on its website' } });
    expect(found.every((a) => a.content.text !== 'its website')).toBe(true);
  });

  it('reads "quoted as saying" as one cue', () => {
    const attribution = onlyAttribution('The minister was quoted as saying that the dam would hold.');
    expect(attribution.cue.text).toBe('quoted as saying');
    expect(attribution.content.text).toBe('that the dam would hold');
  });

  it('reads "quoted X as saying" as one attribution, with X as via', () => {
    const attribution = onlyAttribution('The agency quoted the dam engineer, Rusen Kaya, as saying the dam would hold.');
    expect(attribution).toMatchObject({ speaker: 'agency', via: 'the dam engineer, Rusen Kaya', cue: { text: 'quoted' }, content: { text: 'the dam would hold' } });
  });

  it('reads "quoted witnesses as saying" the same way, however wide the cue was drawn', () => {
    const attribution = onlyAttribution('The wire service quoted witnesses as saying that the dam had burst.');
    expect(attribution).toMatchObject({ via: 'witnesses', cue: { text: 'quoted' }, content: { text: 'the dam had burst' } });
  });

  it('keeps the cited party as via, not as the speaker', () => {
    const attribution = onlyAttribution('The ambulance was hit twice, the agency said, citing a paramedic.');
    expect(attribution).toMatchObject({ speaker: 'agency', via: 'a paramedic', content: { text: 'The ambulance was hit twice' } });
  });
});

describe('reported speech with and without "that"', () => {
  it.each([
    ['The governor said that the dam would hold.', 'that the dam would hold'],
    ['The governor said the dam would hold.', 'the dam would hold'],
  ])('%s', (text, content) => {
    expect(onlyAttribution(text)).toMatchObject({ cue: { text: 'said' }, speaker: 'governor', content: { text: content } });
  });
});
