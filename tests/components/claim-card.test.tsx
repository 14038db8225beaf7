// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../components/claim-card';
import { button, click, pressKey, render, textOf } from './render';
import { agencyAgreeMatch, denialReport, ministryReport, secondMinistryReport, witnessReport } from './sample-reports';

function renderCard(report = ministryReport) {
  const onClose = vi.fn();
  const onCorrectMatch = vi.fn();
  const view = render(<ClaimCard report={report} onClose={onClose} onCorrectMatch={onCorrectMatch} />);
  const dialog = view.container.querySelector('[role="dialog"]') as HTMLElement;
  return { ...view, dialog, onClose, onCorrectMatch };
}

function otherSource(scope: ParentNode, otherId: string): HTMLElement {
  return scope.querySelector(`[data-other-id="${otherId}"]`) as HTMLElement;
}

function reasonsOf(scope: ParentNode) {
  const part = (reason: Element, selector: string) => textOf(reason.querySelector(selector) ?? document.createElement('i'));
  return [...scope.querySelectorAll('[data-reason-kind]')].map((reason) => ({
    label: part(reason, '[data-reason-label]'),
    claim: part(reason, '[data-side="claim"] [data-words]'),
    evidence: part(reason, '[data-side="evidence"] [data-words]'),
    note: part(reason, '[data-reason-note]'),
  }));
}

describe('ClaimCard', () => {
  it('is a labelled dialog naming the speaker, its kind, whom it cites, the claim and its status in words', () => {
    const { dialog } = renderCard();
    expect(dialog.getAttribute('aria-label')).toBe('Claim by Interior Ministry');
    const text = textOf(dialog);
    expect(text).toContain('Interior Ministry');
    expect(text).toContain('Government');
    expect(text).toContain('citing officers at the scene');
    expect(text).toContain('Contradicted');
    expect(textOf(dialog.querySelector('q')!)).toContain('one person was killed, reportedly');
  });

  it('shows the verb that attributes the claim, and marks a denial as one', () => {
    expect(textOf(renderCard().dialog.querySelector('[data-cue]')!)).toBe('said');
    const { dialog } = renderCard(denialReport);
    expect(textOf(dialog.querySelector('[data-cue]')!)).toBe('denied (a denial)');
    expect(textOf(dialog.querySelector('q')!)).toBe('its soldiers were at the bridge');
  });

  it('marks the hedge inside the claim', () => {
    const { dialog } = renderCard();
    const marks = [...dialog.querySelectorAll('q mark')];
    expect(marks.map((mark) => mark.firstChild?.textContent)).toEqual(['reportedly']);
  });

  it('lists contradicting sources before agreeing ones, strongest first, with counts', () => {
    const { dialog } = renderCard();
    const headings = [...dialog.querySelectorAll('h3')].map(textOf);
    expect(headings).toEqual(['Sources that contradict (2)', 'Sources that agree (1)']);
    const contradicting = dialog.querySelector('[data-relation="contradicts"]')!;
    const order = [...contradicting.querySelectorAll('[data-other-id]')].map((item) => item.getAttribute('data-other-id'));
    expect(order).toEqual(['known-1', 'known-2']);
  });

  it('shows each reason with its kind and both sides’ words side by side', () => {
    const { dialog } = renderCard();
    expect(reasonsOf(otherSource(dialog, 'known-1'))).toEqual([
      {
        label: 'Toll / number',
        claim: '“one person was killed”',
        evidence: '“two farm workers were killed”',
        note: 'One killed and two killed cannot both be true.',
      },
      { label: 'Identity', claim: '“a gunman”', evidence: '“farm workers”', note: 'The dead are described differently.' },
    ]);
    expect(reasonsOf(otherSource(dialog, 'known-2'))).toEqual([
      { label: 'Denial', claim: '“fired on the checkpoint”', evidence: '“did not open fire”', note: '' },
    ]);
  });

  it('names the closest passage as such and shows no topic score', () => {
    const scored = { ...agencyAgreeMatch, reasons: [{ ...agencyAgreeMatch.reasons[0], note: 'closest evidence sentence; topic similarity 0.38' }] };
    const { dialog } = renderCard({ ...ministryReport, matches: [scored] });
    expect(reasonsOf(otherSource(dialog, 'known-3'))).toEqual([
      { label: 'Closest passage', claim: '“killed at the checkpoint”', evidence: '“shot dead at the checkpoint”', note: '' },
    ]);
    expect(textOf(dialog)).not.toMatch(/Same wording|similarity|0\.38/);
  });

  it('leaves out a closest passage that only repeats the source’s words shown above it', () => {
    const whole = { ...agencyAgreeMatch.reasons[0], evidenceSide: agencyAgreeMatch.text };
    const { dialog } = renderCard({ ...ministryReport, matches: [{ ...agencyAgreeMatch, reasons: [whole] }] });
    expect(reasonsOf(otherSource(dialog, 'known-3'))).toEqual([]);
    expect(textOf(otherSource(dialog, 'known-3'))).toContain(agencyAgreeMatch.text);
  });

  it('jumps to a source that is another claim of this page when it can, and otherwise only names it', () => {
    const onReveal = vi.fn();
    const { container } = render(<ClaimCard report={witnessReport} onClose={vi.fn()} onCorrectMatch={vi.fn()} onReveal={onReveal} />);
    click(button(otherSource(container, 'page:claim-4'), 'Elsewhere on this page'));
    expect(onReveal).toHaveBeenCalledWith('claim-4');
    const named = otherSource(renderCard(witnessReport).dialog, 'page:claim-4');
    expect(named.querySelector('a, [title="Show that claim on the page"]')).toBeNull();
    expect(textOf(named)).toContain('Elsewhere on this page');
  });

  it('writes no space before a claim whose cue is empty', () => {
    const { attribution } = secondMinistryReport.claim;
    const bare = { ...attribution, cue: { text: '', start: 40, end: 40 } };
    const { dialog } = renderCard({ ...secondMinistryReport, claim: { ...secondMinistryReport.claim, attribution: bare } });
    expect(dialog.querySelector('[data-cue]')).toBeNull();
    expect(dialog.querySelector('p')!.textContent).toBe('the checkpoint reopened on Tuesday morning');
  });

  it('gives each source’s words, outlet, date and a link that opens in a new tab', () => {
    const { dialog } = renderCard();
    const monitor = otherSource(dialog, 'known-1');
    expect(textOf(monitor)).toContain('Two farm workers were killed when the checkpoint came under fire.');
    expect(monitor.querySelector('time')?.getAttribute('dateTime')).toBe('2026-02-03');
    const link = monitor.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://ledger.example/harrow-bridge');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(textOf(link)).toContain('The Riverside Ledger');
  });

  it('does not turn a script URL into a link', () => {
    const { dialog } = renderCard();
    const militia = otherSource(dialog, 'known-2');
    expect(militia.querySelector('a')).toBeNull();
    expect(textOf(militia)).toContain('Brigade statement');
  });

  it('reports a correction with the claim, the other source and the chosen relation', () => {
    const { dialog, onCorrectMatch } = renderCard();
    const agency = otherSource(dialog, 'known-3');
    expect(button(agency, 'Agrees').getAttribute('aria-pressed')).toBe('true');
    click(button(agency, 'Unrelated'));
    click(button(otherSource(dialog, 'known-1'), 'Agrees'));
    expect(onCorrectMatch.mock.calls).toEqual([
      ['claim-1', 'known-3', 'unrelated'],
      ['claim-1', 'known-1', 'agrees'],
    ]);
  });

  it('says so when no other source tells the claim', () => {
    const { dialog } = renderCard(secondMinistryReport);
    expect(textOf(dialog)).toContain('No other source tells this yet.');
    expect(textOf(dialog)).toContain('Unmatched');
  });

  it('closes on Escape and on its close button', () => {
    const { dialog, onClose } = renderCard();
    pressKey(dialog, 'Escape');
    pressKey(dialog, 'Enter');
    click(button(dialog, 'Close'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('takes focus when opened and gives it back when closed', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { dialog, unmount } = renderCard();
    expect(document.activeElement).toBe(dialog);
    unmount();
    expect(document.activeElement).toBe(opener);
  });
});
