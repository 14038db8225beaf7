// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TransferPanel } from '../../components/transfer-panel';
import { button, click, render, textOf } from './render';

function renderPanel(overrides: Partial<Parameters<typeof TransferPanel>[0]> = {}) {
  const onExport = vi.fn();
  const onImport = vi.fn();
  const onNewsroomChange = vi.fn();
  const view = render(<TransferPanel onExport={onExport} onImport={onImport} newsroom="" onNewsroomChange={onNewsroomChange} {...overrides} />);
  return { ...view, onExport, onImport, onNewsroomChange };
}

/** Picks `file` in the hidden file input and waits for the panel to read it. */
async function pickFile(container: HTMLElement, file: File) {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('TransferPanel', () => {
  it('asks for each export format by its button', () => {
    const { container, onExport } = renderPanel();
    click(button(container, 'Export Web Annotation (JSON-LD)'));
    click(button(container, 'Export CSV'));
    click(button(container, 'Export ClaimReview'));
    expect(onExport.mock.calls).toEqual([['jsonld'], ['csv'], ['claimreview']]);
  });

  it('shows the newsroom that signs ClaimReview exports and hands on what is typed', () => {
    const { container, onNewsroomChange } = renderPanel({ newsroom: 'The Coastline Times' });
    const input = container.querySelector('input[type="text"]') as HTMLInputElement;
    expect(input.value).toBe('The Coastline Times');
    expect(textOf(input.closest('label') as HTMLElement)).toContain('Your newsroom');
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, 'Harbour Courier');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onNewsroomChange).toHaveBeenLastCalledWith('Harbour Courier');
  });

  it('disables export but keeps import when the page has no claims', () => {
    const { container } = renderPanel({ exportDisabled: true });
    expect(button(container, 'Export CSV').disabled).toBe(true);
    expect(button(container, 'Import file…').disabled).toBe(false);
  });

  it('hands on the text of the picked file with its name', async () => {
    const { container, onImport } = renderPanel();
    await pickFile(container, new File(['{"claims":[]}'], 'saved.jsonld', { type: 'application/ld+json' }));
    expect(onImport).toHaveBeenCalledWith('{"claims":[]}', 'saved.jsonld');
  });

  it('shows the error of a malformed import where the user sees it', () => {
    const { container } = renderPanel({ importError: 'line 3: "target" is missing' });
    expect(textOf(container.querySelector('[role="alert"]')!)).toBe('Import failed: line 3: "target" is missing');
  });

  it('shows what an import brought in', () => {
    const { container } = renderPanel({ importOutcome: { incidents: 1, sources: 4, claims: 9 } });
    expect(textOf(container.querySelector('[role="status"]')!)).toBe('Imported 9 claims, 4 sources, 1 incident.');
  });

  it('refuses a file too large to import without reading it', async () => {
    const { container, onImport } = renderPanel();
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 60_000_000 });
    await pickFile(container, huge);
    expect(onImport).not.toHaveBeenCalled();
    expect(textOf(container.querySelector('[role="alert"]')!)).toBe(
      'Import failed: huge.json is too large to import (over 50 MB).',
    );
  });
});
