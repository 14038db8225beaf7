// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ClaimList } from '../../components/claim-list';
import { button, click, render, textOf } from './render';
import { ministryReport, sampleReports } from './sample-reports';

function renderList(expandMatches = false) {
  const onReveal = vi.fn();
  const onCorrectMatch = vi.fn();
  const view = render(
    <ClaimList reports={sampleReports} onReveal={onReveal} onCorrectMatch={onCorrectMatch} expandMatches={expandMatches} />,
  );
  return { ...view, onReveal, onCorrectMatch };
}

function groups(container: HTMLElement) {
  return [...container.querySelectorAll('[data-group]')].map((group) => ({
    heading: textOf(group.querySelector('h2')!),
    claims: [...group.querySelectorAll('[data-claim-id]')].map((claim) => claim.getAttribute('data-claim-id')),
  }));
}

function claimItem(container: HTMLElement, claimId: string): HTMLElement {
  return container.querySelector(`[data-claim-id="${claimId}"]`) as HTMLElement;
}

describe('ClaimList', () => {
  it('counts the claims per status, in words', () => {
    const extraContradiction = { ...ministryReport, claim: { ...ministryReport.claim, id: 'claim-5' } };
    const { container } = render(
      <ClaimList reports={[...sampleReports, extraContradiction]} onReveal={vi.fn()} onCorrectMatch={vi.fn()} />,
    );
    const counts = [...container.querySelectorAll('[aria-label="Claims by status"] li')].map(textOf);
    expect(counts).toEqual(['✕2 Contradicted', '✓1 Corroborated', '…1 Discussed', '○1 Unmatched']);
  });

  it('groups by speaker in order of appearance, then by status when toggled', () => {
    const { container } = renderList();
    expect(groups(container)).toEqual([
      { heading: 'Interior Ministry (2)', claims: ['claim-1', 'claim-3'] },
      { heading: 'A shopkeeper (1)', claims: ['claim-2'] },
      { heading: 'Unnamed source (1)', claims: ['claim-4'] },
    ]);
    click(button(container, 'By status'));
    expect(button(container, 'By status').getAttribute('aria-pressed')).toBe('true');
    expect(groups(container).map((group) => group.heading)).toEqual([
      'Contradicted (1)',
      'Corroborated (1)',
      'Discussed (1)',
      'Unmatched (1)',
    ]);
    click(button(container, 'By speaker'));
    expect(groups(container)[0].heading).toBe('Interior Ministry (2)');
  });

  it('asks to reveal a claim on the page when its words are clicked', () => {
    const { container, onReveal } = renderList();
    const words = claimItem(container, 'claim-3').querySelector('button[title="Show on the page"]')!;
    click(words);
    expect(onReveal).toHaveBeenCalledWith('claim-3');
  });

  it('folds a claim’s sources until asked, then shows them as the card does', () => {
    const { container, onCorrectMatch, onReveal } = renderList();
    const item = claimItem(container, 'claim-1');
    expect(item.querySelector('[data-other-id]')).toBeNull();
    const toggle = button(item, 'Show 3 sources');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(toggle)).toBe('Hide sources');
    expect(textOf(item)).toContain('Two farm workers were killed when the checkpoint came under fire.');
    expect(textOf(item)).toContain('“two farm workers were killed”');
    click(button(item.querySelector('[data-other-id="known-2"]')!, 'Unrelated'));
    expect(onCorrectMatch).toHaveBeenCalledWith('claim-1', 'known-2', 'unrelated');
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('offers a jump to a match from the same page, as for the claim itself, instead of a link to a second copy', () => {
    const { container, onReveal } = renderList(true);
    const samePage = claimItem(container, 'claim-2').querySelector('[data-other-id="page:claim-4"]')!;
    expect(samePage.querySelector('a')).toBeNull();
    expect(samePage.querySelector('time')).toBeNull();
    click(button(samePage, 'Elsewhere on this page'));
    expect(onReveal).toHaveBeenCalledWith('claim-4');
  });

  it('starts a claim’s text with its cue, with no stray space and words kept apart', () => {
    const { container } = renderList();
    const statement = claimItem(container, 'claim-3').querySelector('[data-claim-statement]')!;
    expect(statement.textContent).toBe('said the checkpoint reopened on Tuesday morning');
  });

  it('says once when a claim has no other source, folded or opened as in the side panel', () => {
    for (const expanded of [false, true]) {
      const { container, unmount } = renderList(expanded);
      expect(textOf(claimItem(container, 'claim-3')).split('No other source tells this yet.')).toHaveLength(2);
      unmount();
    }
  });
});
