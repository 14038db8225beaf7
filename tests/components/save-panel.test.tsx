// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SavePanel, type IncidentChoice } from '../../components/save-panel';
import { button, changeValue, click, render, textOf } from './render';

const incidents: IncidentChoice[] = [
  { id: 'inc-feb', title: 'Harrow Bridge clash', dateStart: '2026-02-02', dateEnd: '2026-02-02' },
  { id: 'inc-aug', title: 'Harrow Bridge clash', dateStart: '2026-08-10', dateEnd: '2026-08-12' },
];

function renderPanel(overrides: Partial<Parameters<typeof SavePanel>[0]> = {}) {
  const onSave = vi.fn();
  const props = { incidents, suggestedIncidentId: 'inc-aug', defaultNewTitle: 'Shooting at Harrow Bridge', onSave, ...overrides };
  const view = render(<SavePanel {...props} />);
  const select = view.container.querySelector('select')!;
  return { ...view, select, onSave, props };
}

describe('SavePanel', () => {
  it('lists the incidents with their dates and preselects the suggested one', () => {
    const { select, onSave, container } = renderPanel();
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Harrow Bridge clash (2026-02-02)',
      'Harrow Bridge clash (2026-08-10 – 2026-08-12) · suggested',
      'New incident…',
    ]);
    expect(select.value).toBe('inc-aug');
    click(button(container, 'Save claims'));
    expect(onSave).toHaveBeenCalledWith({ kind: 'existing', incidentId: 'inc-aug' });
  });

  it('saves under another existing incident the user picks', () => {
    const { select, onSave, container } = renderPanel();
    changeValue(select, 'inc-feb');
    click(button(container, 'Save claims'));
    expect(onSave).toHaveBeenCalledWith({ kind: 'existing', incidentId: 'inc-feb' });
  });

  it('creates a new incident under a title the user edits, and will not save an empty title', () => {
    const { select, onSave, container } = renderPanel();
    changeValue(select, '__new__');
    const title = container.querySelector('input') as HTMLInputElement;
    expect(title.value).toBe('Shooting at Harrow Bridge');
    changeValue(title, '   ');
    expect(button(container, 'Save claims').disabled).toBe(true);
    changeValue(title, '  Harrow Bridge shooting, February  ');
    click(button(container, 'Save claims'));
    expect(onSave).toHaveBeenCalledWith({ kind: 'new', title: 'Harrow Bridge shooting, February' });
  });

  it('offers a new incident when there is no suggestion, and preselects one that arrives later', () => {
    const { select, rerender, props } = renderPanel({ suggestedIncidentId: null, incidents: [] });
    expect(select.value).toBe('__new__');
    rerender(<SavePanel {...props} incidents={incidents} suggestedIncidentId="inc-aug" />);
    expect((document.querySelector('select') as HTMLSelectElement).value).toBe('inc-aug');
  });

  it('tells how many claims were saved and how many were already there', () => {
    const { container } = renderPanel({ outcome: { added: 3, unchanged: 2 } });
    expect(textOf(container.querySelector('[role="status"]')!)).toBe(
      '3 claims saved; 2 already in the database (not duplicated).',
    );
  });

  it('shows an error and cannot save while saving or when the page has nothing to save', () => {
    expect(textOf(renderPanel({ error: 'The database is busy.' }).container.querySelector('[role="alert"]')!)).toBe(
      'The database is busy.',
    );
    expect(button(renderPanel({ saving: true }).container, 'Saving…').disabled).toBe(true);
    expect(button(renderPanel({ disabled: true }).container, 'Save claims').disabled).toBe(true);
  });
});
