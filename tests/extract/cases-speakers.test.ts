import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": speakers given as pronouns or descriptions resolve to the
// named source in context; nested sources; unnamed sources.

type Said = [cue: string, speaker: string | null, kind: string];

function speakers(text: string): Said[] {
  return extractAttributions(text).map((a) => [a.cue.text, a.speaker, a.speakerKind]);
}

describe('pronouns resolve to the source named before', () => {
  it.each<[string, string, Said[]]>([
    [
      '"it added" in the next paragraph',
      'The Coastal Relief Agency said four boats were missing.\n\nIt added that the search would resume at dawn.',
      [['said', 'Coastal Relief Agency', 'news-agency'], ['added', 'Coastal Relief Agency', 'news-agency']],
    ],
    [
      '"it added" in the next sentence',
      'The Harbour Authority said four boats were missing. It added that the search would resume at dawn.',
      [['said', 'Harbour Authority', 'government'], ['added', 'Harbour Authority', 'government']],
    ],
    [
      '"she said" after a titled name',
      'Mayor Ilse Brandt visited the flooded district on Monday.\n\nShe said the pumps had failed overnight.',
      [['said', 'Ilse Brandt', 'government']],
    ],
    [
      '"he added" after a name with its role in apposition',
      'Colonel Rafael Ortega, the spokesperson for the coalition, said the strike hit a weapons store.\n\nHe added that no civilians were nearby.',
      [['said', 'Rafael Ortega', 'military'], ['added', 'Rafael Ortega', 'military']],
    ],
    [
      '"he" past the outlet the speaker told, which is no person',
      'A spokesman, Tomas Lind, told Valley Wire by telephone that the group had no fighters there. He accused the army of lying.',
      [['told', 'Tomas Lind', 'other'], ['accused', 'Tomas Lind', 'other']],
    ],
    [
      '"one of them" is a member of the group that spoke before',
      'According to two residents, the market was packed. One of them, a 60-year-old shopkeeper, said the first shell landed at 10 a.m.',
      [['According to', 'two residents', 'witness'], ['said', '60-year-old shopkeeper', 'witness']],
    ],
    [
      'a spokesman for a party the text named as a militia',
      'The army blamed the Dawn Front militia. A spokesman for the Dawn Front, who gave his name as Abu Karim, said the group had no fighters there. He accused the army of lying.',
      [['blamed', 'army', 'military'], ['said', 'Abu Karim', 'armed-group'], ['accused', 'Abu Karim', 'armed-group']],
    ],
    [
      'a surname on its own',
      'Colonel Rafael Ortega said the strike hit a weapons store.\n\nOrtega added that no civilians were nearby.',
      [['said', 'Rafael Ortega', 'military'], ['added', 'Rafael Ortega', 'military']],
    ],
    [
      'a pronoun fused with its auxiliary',
      'Colonel Rafael Ortega said the strike hit a weapons store.\n\nHe’s insisting that no civilians were nearby.',
      [['said', 'Rafael Ortega', 'military'], ['insisting', 'Rafael Ortega', 'military']],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('descriptions resolve to the named source', () => {
  it('reads "the spokesperson for the coalition, Colonel ..." as the colonel', () => {
    const text = 'The spokesperson for the coalition, Colonel Rafael Ortega, said the strike hit a weapons store.';
    expect(speakers(text)).toEqual([['said', 'Rafael Ortega', 'military']]);
  });

  it('gives "the spokesman" the party that spoke before', () => {
    const text = 'The coalition said the strike hit a weapons store.\n\nThe spokesman said no civilians were nearby.';
    expect(speakers(text)).toEqual([['said', 'coalition', 'military'], ['said', 'coalition', 'military']]);
  });

  it('gives a document its issuer', () => {
    const text = 'A statement from the interior ministry said the border was open.';
    expect(speakers(text)).toEqual([['said', 'interior ministry', 'government']]);
  });
});

describe('nested sources', () => {
  it.each([
    ['The convoy was ambushed near the river, the state news agency said, citing its correspondent.', 'state news agency', 'state-media', 'its correspondent', 'The convoy was ambushed near the river'],
    ['Citing local sources, the Valley Courier reported that the convoy was ambushed.', 'Valley Courier', 'news-agency', 'local sources', 'that the convoy was ambushed'],
    ['The state news agency quoted a border guard as saying the convoy was ambushed.', 'state news agency', 'state-media', 'a border guard', 'the convoy was ambushed'],
    ['The Valley Courier quoted the district governor, Ilkay Soran, as saying that the convoy was ambushed.', 'Valley Courier', 'news-agency', 'the district governor, Ilkay Soran', 'the convoy was ambushed'],
  ])('%s', (text, speaker, kind, via, content) => {
    const [attribution] = extractAttributions(text);
    expect(attribution).toMatchObject({ speaker, speakerKind: kind, via, content: { text: content } });
  });
});

describe('unnamed sources', () => {
  it.each([
    ['Officials in Washington said the convoy was ambushed.', 'Officials in Washington', 'unnamed'],
    ['The convoy was ambushed, officials in Washington said.', 'officials in Washington', 'unnamed'],
    ['Local media reported that the convoy was ambushed.', 'Local media', 'unnamed'],
    ['A source close to the negotiations said a deal was days away.', 'source close to the negotiations', 'unnamed'],
    ['Witnesses said the convoy was ambushed.', 'Witnesses', 'witness'],
    ['Residents told the Valley Courier that the convoy was ambushed.', 'Residents', 'witness'],
  ])('%s', (text, speaker, kind) => {
    const [attribution] = extractAttributions(text);
    expect(attribution).toMatchObject({ speaker, speakerKind: kind });
  });

  it('keeps "who asked not to be named" out of the speaker', () => {
    const [attribution] = extractAttributions('A resident who asked not to be named said the convoy was ambushed.');
    expect(attribution).toMatchObject({ speaker: 'resident', speakerKind: 'witness', content: { text: 'the convoy was ambushed' } });
  });
});

describe('a subject with its role in apposition, then the claim without "that"', () => {
  it.each([
    ['Ann Poe, a lawyer for the families, said the guards fired first.', 'Ann Poe, a lawyer for the families,', 'the guards fired first'],
    ['The clash began at dawn. Omar Tal, a farmer, said soldiers fired first.', 'Omar Tal, a farmer,', 'soldiers fired first'],
    ['The guards fired first, said Ann Poe, a lawyer.', 'Ann Poe, a lawyer', 'The guards fired first'],
  ])('%s', (text, source, content) => {
    const [claim] = extractAttributions(text);
    expect([claim.source?.text, claim.content.text]).toEqual([source, content]);
  });
});

describe('the speaker is named without the words that describe it', () => {
  it.each([
    ['The Valley Observatory for Human Rights, a monitor based in Hamra, said two civilians were killed.', 'Valley Observatory for Human Rights'],
    ['The observatory, a war monitor based abroad, put the death toll at four.', 'observatory'],
    ['The poll released on Tuesday found wide support for the dam.', 'poll'],
    ['The statement, posted on the ministry’s website, read: “Our forces responded to an attack.”', 'ministry'],
    ['The US-led coalition said it was investigating.', 'US-led coalition'],
  ])('%s', (text, speaker) => {
    expect(extractAttributions(text)[0].speaker).toBe(speaker);
  });
});

describe('"it" stands for the organisation a sentence opens with', () => {
  it('reads "it" as the ministry that gave an account, not the medic quoted before', () => {
    const text =
      'Guards opened fire on farmers on Tuesday, killing two, according to a local medic.\n\nThe Interior Ministry gave a different account. In a statement, it said the guards had fired warning shots. It added that an inquiry was open.';
    expect(speakers(text)).toEqual([
      ['according to', 'local medic', 'witness'],
      ['said', 'Interior Ministry', 'government'],
      ['added', 'Interior Ministry', 'government'],
    ]);
  });
});

describe('a claim made in a relative clause', () => {
  it.each([
    ['The observatory, which put the toll at two, later raised it.', 'observatory', 'the toll at two'],
    ['The Northern Rights Observatory, which first put the toll at two, raised it on Wednesday.', 'Northern Rights Observatory', 'the toll at two'],
    ['Omar Tal, who said he saw the guards fire, was arrested.', 'Omar Tal', 'he saw the guards fire'],
  ])('%s', (text, speaker, content) => {
    const [claim] = extractAttributions(text);
    expect([claim.speaker, claim.content.text]).toEqual([speaker, content]);
  });

  it('reads "who" after an apposition as the person, not the body the apposition names', () => {
    const claims = extractAttributions('Ali Hassan, a spokesman for the port authority, who said the road was shut, left early.');
    expect(claims.map((claim) => claim.speaker)).toContain('Ali Hassan');
  });

  it('leaves "It’s alleged" without a speaker', () => {
    const text = 'The port authority said the road was shut. It’s alleged that guards took bribes.';
    expect(extractAttributions(text).filter((claim) => claim.content.text.includes('bribes')).map((claim) => claim.speaker)).not.toContain('port authority');
  });

  it('reads the relative pronoun as the party named right before it, not the sentence\'s subject', () => {
    const claims = extractAttributions('The Valley Front blamed the border police, which denied that its officers fired.');
    expect(claims.map((claim) => [claim.speaker, claim.content.text])).toContainEqual(['border police', 'that its officers fired']);
  });
});

describe('a source described by a relative clause keeps the whole clause', () => {
  it('reads "A Western diplomat, who was briefed on the talks," whole', () => {
    const [said] = extractAttributions('A Western diplomat, who was briefed on the talks, said the ceasefire was unlikely to hold.');
    expect([said.source?.text, said.speaker]).toEqual(['A Western diplomat, who was briefed on the talks,', 'Western diplomat']);
  });
});

describe('"the agency" stands for the agency a sentence before opens with', () => {
  it('reads "According to the agency" as the named state agency, and its later "it"', () => {
    const text =
      'The state-run Republic News Agency has stuck to its first report. According to the agency, two soldiers died at the checkpoint. On Wednesday it named the dead man.';
    expect(speakers(text)).toEqual([
      ['According to', 'state-run Republic News Agency', 'state-media'],
      ['named', 'state-run Republic News Agency', 'state-media'],
    ]);
  });

  it('leaves "the agency" alone when the sentence before names no agency', () => {
    const [claim] = extractAttributions('The Harbour Authority closed the port. According to the agency, the storm was severe.');
    expect(claim.speaker).toBe('agency');
  });
});

describe('someone speaking for the body "its" points back to', () => {
  it('reads "Its director" as speaking for the observatory', () => {
    const text = 'The Valley Observatory said two soldiers died. Its director, reached by phone, said a third had died overnight.';
    expect(speakers(text)).toEqual([
      ['said', 'Valley Observatory', 'monitor'],
      ['said', 'Valley Observatory', 'monitor'],
    ]);
  });
});

describe('a document and a plural noun resolve to the right party', () => {
  it.each<[string, string, Said[]]>([
    [
      '"an official statement" is the statement of the party that just spoke',
      'The coalition denied shelling the ferry, according to an official statement.',
      [['according to', 'coalition', 'military'], ['denied', 'coalition', 'military']],
    ],
    [
      'a plural noun is not the party whose name ends in it',
      'The Popular Defence Forces hold the bridge. The monitor said regime forces refused to let the convoy cross.',
      [['said', 'monitor', 'monitor'], ['refused', 'forces', 'military']],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a witness who gives only a name', () => {
  it.each<[string, string, Said[]]>([
    ['"gave his name as"', 'One of them, a ferryman who gave his name as Omar, said the boats left at dawn.', [['said', 'Omar', 'other']]],
    // The name takes the kind of the mention that gives it: a neighbour is a witness.
    ['"gave only her first name"', 'A neighbour, who gave only her first name, Rima, said the boats left at dawn.', [['said', 'Rima', 'witness']]],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a participle after a closing reporting clause shares its speaker', () => {
  it('reads "Lind said, referring to the reservoir" as Lind referring, not the reservoir', () => {
    const text = '“There is a real shortage in the valley, a shortage in which farmers will lose half their crop in two years,” Lind said, referring to the shrinking reservoir, standing now at 17 percent of its capacity.';
    const referring = extractAttributions(text).find((attribution) => attribution.cue.text === 'referring to');
    expect(referring?.source?.text).toBe('Lind');
  });
});
