import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { readDocument } from '../../lib/extract/document';
import { findSignedQuotes } from '../../lib/extract/signed-quote';
import { findTranscriptLine } from '../../lib/extract/transcript-line';

describe('findTranscriptLine', () => {
  it.each([
    ['HOST: Thank you for joining us tonight.', true],
    ['“GOVERNOR RUIZ: We will rebuild the bridge.', true],
    ['Note: the figures are provisional.', false],
    // A page label in capitals is no speaker.
    ['UPDATE: The dam was reopened on Friday after repairs.', false],
    ['EMAIL: desk@valleycourier.example.', false],
    ['NATO said the talks would go on.', false],
  ])('%s -> %s', (text, expected) => {
    const doc = readDocument(text);
    expect(findTranscriptLine(doc, 0, doc.tokens.length) !== null).toBe(expected);
  });
});

describe('findSignedQuotes', () => {
  it.each([
    ['“The water reached the second floor.” ― Rosa Vidal', ['Rosa Vidal']],
    ['“We lost everything.”— Tomas Ek.', ['Tomas Ek']],
    ['“The pier is gone.” ― Lena R. Ortiz', ['Lena R. Ortiz']],
    ['“The pier is gone.” ― Lena R. Ortiz “Nobody came to help.” ― Samir Haddad', ['Lena R. Ortiz', 'Samir Haddad']],
    ['The flood ― which began on Monday ― eased.', []],
    ['“The pier is gone,” she said ― Lena Ortiz agreed.', []],
  ])('%s -> %j', (text, signers) => {
    const doc = readDocument(text);
    const names = findSignedQuotes(doc, 0, doc.tokens.length).map((signed) => doc.text.slice(doc.tokens[signed.nameFirst].start, doc.tokens[signed.nameLast - 1].end));
    expect(names).toEqual(signers);
  });
});

describe('attributions made by layout', () => {
  it('reads each transcript line as said by its speaker', () => {
    const text = 'HOST: Was the bridge hit twice?\n\nGOVERNOR: It was hit once, on Tuesday night.';
    expect(extractAttributions(text).map((a) => [a.source?.text, a.cue.text, a.content.text])).toEqual([
      ['HOST', ':', 'Was the bridge hit twice?'],
      ['GOVERNOR', ':', 'It was hit once, on Tuesday night.'],
    ]);
  });

  it('reads a signed quotation as said by the signer', () => {
    const [attribution] = extractAttributions('“The water reached the second floor.” ― Rosa Vidal');
    expect(attribution).toMatchObject({ speaker: 'Rosa Vidal', content: { text: '“The water reached the second floor.”' } });
  });

  it('reads readers\' signed comments run together in one paragraph, each as said by its signer', () => {
    const text = 'The ferry was cancelled again on Monday.\n\n“The port must stay open.” ― Lena R. Ortiz “The ferry is our only road.” ― Samir K. Haddad';
    expect(extractAttributions(text).map((a) => [a.speaker, a.content.text])).toEqual([
      ['Lena R. Ortiz', '“The port must stay open.”'],
      ['Samir K. Haddad', '“The ferry is our only road.”'],
    ]);
  });

  it('reads a signed paragraph typed with two closing marks as one quotation', () => {
    const [attribution] = extractAttributions('Readers wrote in.\n\n”The water reached the second floor. We left at dawn.” ― Rosa Vidal');
    expect(attribution).toMatchObject({ cue: { text: '―' }, speaker: 'Rosa Vidal', content: { text: '”The water reached the second floor. We left at dawn.”' } });
  });
});
