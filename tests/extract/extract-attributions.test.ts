import { describe, expect, it } from 'vitest';
import { onlyAttribution } from './only-attribution';

describe('cue verbs in any tense, voice and position', () => {
  it.each([
    ['The mayor said the bridge would reopen next week.', 'said', 'The mayor', 'the bridge would reopen next week'],
    ['The ministry says that two soldiers were wounded.', 'says', 'The ministry', 'two soldiers were wounded'],
    ['The governor added that schools would stay closed.', 'added', 'The governor', 'schools would stay closed'],
    ['The company stated that profits had fallen by half.', 'stated', 'The company', 'profits had fallen by half'],
    ['The rebels claimed they had captured the airport.', 'claimed', 'The rebels', 'they had captured the airport'],
    ['The army denied that any civilians were killed in the raid.', 'denied', 'The army', 'any civilians were killed in the raid'],
    ['The hospital confirmed that three patients had died.', 'confirmed', 'The hospital', 'three patients had died'],
    ['The agency reported that the river had burst its banks.', 'reported', 'The agency', 'the river had burst its banks'],
    ['The government announced that the curfew would be lifted.', 'announced', 'The government', 'the curfew would be lifted'],
    ['The health minister warned that cases could double by winter.', 'warned', 'The health minister', 'cases could double by winter'],
    ['The coach insisted that his players had done nothing wrong.', 'insisted', 'The coach', 'his players had done nothing wrong'],
    ['The council acknowledged that the repairs had been delayed.', 'acknowledged', 'The council', 'the repairs had been delayed'],
    ['Prosecutors alleged that the banker had hidden the money.', 'alleged', 'Prosecutors', 'the banker had hidden the money'],
    ['Her lawyer argued that the search had been illegal.', 'argued', 'Her lawyer', 'the search had been illegal'],
    ['The senator wrote that the bill would hurt farmers.', 'wrote', 'The senator', 'the bill would hurt farmers'],
    ['The candidate tweeted that the debate had been rigged.', 'tweeted', 'The candidate', 'the debate had been rigged'],
    ['The embassy posted that all flights were cancelled.', 'posted', 'The embassy', 'all flights were cancelled'],
    ['The opposition accused the president of rigging the vote.', 'accused', 'The opposition', 'the president of rigging the vote'],
    ['The report noted that prices had risen sharply in March.', 'noted', 'The report', 'prices had risen sharply in March'],
  ])('%s', (text, cue, source, content) => {
    const attribution = onlyAttribution(text);
    expect(attribution.cue.text).toBe(cue);
    expect(attribution.source?.text).toBe(source);
    expect(attribution.content.text).toContain(content);
  });
});

describe('phrases and nominal cues', () => {
  it('reads "according to" before the claim', () => {
    const attribution = onlyAttribution('According to the ministry, the fire started in the kitchen.');
    expect(attribution).toMatchObject({ cue: { text: 'According to' }, source: { text: 'the ministry' }, content: { text: 'the fire started in the kitchen' } });
  });

  it('reads "according to" after the claim', () => {
    const attribution = onlyAttribution('Five people were hurt, according to the fire brigade.');
    expect(attribution).toMatchObject({ source: { text: 'the fire brigade' }, content: { text: 'Five people were hurt' } });
  });

  it('reads "quoted as saying"', () => {
    const attribution = onlyAttribution('The minister was quoted as saying that talks had failed.');
    expect(attribution.cue.text).toContain('saying');
    expect(attribution.content.text).toContain('talks had failed');
  });

  it('reads a claim introduced by "in a statement"', () => {
    const attribution = onlyAttribution('In a statement, the ministry said the strike hit an empty depot.');
    expect(attribution).toMatchObject({ source: { text: 'the ministry' }, content: { text: 'the strike hit an empty depot' } });
  });

  it('reads reported speech without "that"', () => {
    expect(onlyAttribution('The police chief said nobody had been arrested.').content.text).toBe('nobody had been arrested');
  });
});

describe('quotations', () => {
  it('reads an inverted quotation with "the statement read"', () => {
    const attribution = onlyAttribution('“We will not surrender,” the statement read.');
    expect(attribution).toMatchObject({ cue: { text: 'read' }, source: { text: 'the statement' } });
    expect(attribution.content.text).toContain('We will not surrender');
  });

  it('reads "said X" after the quotation', () => {
    const attribution = onlyAttribution('“The road is closed,” said Maria Lopez, a shopkeeper.');
    expect(attribution.speaker).toBe('Maria Lopez');
    expect(attribution.content.text).toContain('The road is closed');
  });

  it('reads a split quotation as one claim covering both parts', () => {
    const text = '“We saw the smoke first,” Ahmed Khalil said, “and then we heard the blast.”';
    const attribution = onlyAttribution(text);
    expect(attribution.content.text).toContain('We saw the smoke first');
    expect(attribution.content.text).toContain('and then we heard the blast');
  });

  it('keeps a quotation that runs over several sentences whole', () => {
    const attribution = onlyAttribution('“The patrol came under fire. We returned fire. Nobody was hurt,” the officer said.');
    expect(attribution.content.text).toContain('The patrol came under fire. We returned fire. Nobody was hurt');
  });

  it('keeps a quotation inside a quotation in the claim', () => {
    const attribution = onlyAttribution('“The guards shouted ‘go back’ at us,” the farmer said.');
    expect(attribution.content.text).toContain('‘go back’');
  });
});
