// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PageToolbar } from '../../components/page-toolbar';
import { button, click, render, textOf } from './render';
import { sampleReports } from './sample-reports';

function renderToolbar(current: number | null = null) {
  const onStep = vi.fn();
  const onHide = vi.fn();
  const view = render(<PageToolbar reports={sampleReports} current={current} onStep={onStep} onHide={onHide} />);
  return { ...view, onStep, onHide };
}

describe('PageToolbar', () => {
  it('counts the claims and each status by symbol, with the status named for screen readers and on hover', () => {
    const { container } = renderToolbar(1);
    const toolbar = container.querySelector('[role="toolbar"]')!;
    expect(textOf(toolbar.querySelector('[aria-live]')!)).toBe('2 of 4 · 4 claims');
    expect([...toolbar.querySelectorAll('[data-status]')].map(textOf)).toEqual([
      '✕ 1 contradicted',
      '✓ 1 corroborated',
      '… 1 discussed',
      '○ 1 unmatched',
    ]);
    const contradicted = toolbar.querySelector('[data-status="contradicted"]')!;
    expect(contradicted.getAttribute('title')).toBe('1 contradicted');
    expect(contradicted.querySelector('.sr-only')?.textContent).toBe(' contradicted');
  });

  it('steps through the claims and hides on request', () => {
    const { container, onStep, onHide } = renderToolbar();
    click(button(container, 'Next claim'));
    click(button(container, 'Previous claim'));
    click(button(container, 'Hide Crosscheck bar'));
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
    expect(onHide).toHaveBeenCalledOnce();
  });

  it('folds into a pill with only the count, out of the text’s way, and opens again', () => {
    const { container, rerender, onStep } = renderToolbar();
    click(button(container, 'Fold the Crosscheck bar'));
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
    const pill = button(container, 'Open the Crosscheck bar (4 claims)');
    expect(textOf(pill)).toBe('Crosscheck · 4');
    rerender(<PageToolbar reports={sampleReports} current={0} onStep={onStep} onHide={vi.fn()} />);
    expect(container.querySelector('[role="toolbar"]')).toBeNull();
    click(button(container, 'Open the Crosscheck bar (4 claims)'));
    expect(textOf(container.querySelector('[role="toolbar"]')!)).toContain('1 of 4 · 4 claims');
  });
});
