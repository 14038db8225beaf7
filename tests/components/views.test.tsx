// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../components/page-state';
import { PopupView } from '../../components/popup-view';
import type { ReportViewProps } from '../../components/report-view';
import { SidePanelView } from '../../components/side-panel-view';
import { StatusLegend } from '../../components/status-legend';
import { button, click, render, textOf } from './render';
import { sampleReports } from './sample-reports';

function viewProps(state: PageState): ReportViewProps {
  return {
    state,
    onReveal: vi.fn(),
    onCorrectMatch: vi.fn(),
    save: { incidents: [], suggestedIncidentId: null, defaultNewTitle: 'Harrow Bridge', onSave: vi.fn() },
    transfer: { onExport: vi.fn(), onImport: vi.fn(), newsroom: '', onNewsroomChange: vi.fn() },
  };
}

function claimsSection(container: HTMLElement): HTMLElement {
  return container.querySelector('[aria-label="Claims on this page"]') as HTMLElement;
}

describe('PopupView', () => {
  it.each([
    [{ kind: 'working' }, 'Working…'],
    [{ kind: 'no-article' }, 'No article found on this page'],
    [{ kind: 'ready', reports: [] }, 'No attributed claims found'],
  ] satisfies Array<[PageState, string]>)('tells the user when there is nothing to list (%o)', (state, heading) => {
    const { container } = render(<PopupView {...viewProps(state)} />);
    const message = claimsSection(container).querySelector('[role="status"]')!;
    expect(textOf(message)).toContain(heading);
    expect(button(container, 'Save claims').disabled).toBe(true);
    expect(button(container, 'Export CSV').disabled).toBe(true);
    expect(button(container, 'Import file…').disabled).toBe(false);
  });

  it('shows what went wrong when the analysis failed', () => {
    const { container } = render(<PopupView {...viewProps({ kind: 'error', message: 'The page could not be read.' })} />);
    const alert = textOf(claimsSection(container).querySelector('[role="alert"]')!);
    expect(alert).toContain('Something went wrong');
    expect(alert).toContain('The page could not be read.');
  });

  it('lists the claims with their sources folded, and offers saving, export and the side panel', () => {
    const onOpenSidePanel = vi.fn();
    const props = viewProps({ kind: 'ready', reports: sampleReports });
    const { container } = render(<PopupView {...props} onOpenSidePanel={onOpenSidePanel} />);
    expect(claimsSection(container).querySelectorAll('[data-claim-id]')).toHaveLength(4);
    expect(container.querySelector('[data-other-id]')).toBeNull();
    click(button(container, 'Export Web Annotation (JSON-LD)'));
    expect(props.transfer.onExport).toHaveBeenCalledWith('jsonld');
    click(button(container, 'Save claims'));
    expect(props.save.onSave).toHaveBeenCalledWith({ kind: 'new', title: 'Harrow Bridge' });
    click(button(container, 'Open in side panel'));
    expect(onOpenSidePanel).toHaveBeenCalledOnce();
  });
});

describe('SidePanelView', () => {
  it('opens every claim’s sources and shows the legend', () => {
    const { container } = render(<SidePanelView {...viewProps({ kind: 'ready', reports: sampleReports })} />);
    expect(container.querySelectorAll('[data-other-id]')).toHaveLength(4);
    expect(container.querySelector('[aria-label="Highlight legend"]')).not.toBeNull();
  });
});

describe('StatusLegend', () => {
  it('names every status in words beside its icon and a sample of its underline', () => {
    const { container } = render(<StatusLegend />);
    const rows = [...container.querySelectorAll('[data-status]')].map((row) => {
      const sample = row.querySelector('dt [aria-hidden="true"].underline') as HTMLElement;
      return [textOf(row.querySelector('dt')!), sample.style.textDecorationStyle];
    });
    expect(rows).toEqual([
      ['✕Contradictedclaim', 'wavy'],
      ['✓Corroboratedclaim', 'solid'],
      ['…Discussedclaim', 'dashed'],
      ['○Unmatchedclaim', 'dotted'],
    ]);
    expect(textOf(container)).toContain('Another source tells it differently (wavy underline)');
  });
});
