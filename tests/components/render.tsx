import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';

// Tells React that updates are wrapped in act(), so effects run before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: Array<() => void> = [];

afterEach(() => {
  while (mounted.length > 0) mounted.pop()?.();
  document.body.innerHTML = '';
});

/** Renders `node` into a fresh container in the document; unmounted after each test. */
export function render(node: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  const unmount = () => act(() => root.unmount());
  mounted.push(() => {
    if (container.isConnected) unmount();
  });
  return { container, rerender: (next: ReactNode) => act(() => root.render(next)), unmount };
}

/** The visible text of an element with whitespace collapsed, as a reader would scan it. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The one button whose text or aria-label is `name`; fails loudly when absent or ambiguous. */
export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].filter(
    (candidate) => textOf(candidate) === name || candidate.getAttribute('aria-label') === name,
  );
  if (found.length !== 1) throw new Error(`expected one button named "${name}", found ${found.length}`);
  return found[0];
}

export function click(element: Element) {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

export function pressKey(element: Element, key: string) {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** Types into a controlled input or picks in a select the way React notices: the native setter, then the event. */
export function changeValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
