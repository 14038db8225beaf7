import type { PageState } from './page-state';

type NotReady = Exclude<PageState, { kind: 'ready' }> | { kind: 'no-claims' };

const messages: Record<Exclude<NotReady['kind'], 'error'>, { title: string; detail: string }> = {
  working: { title: 'Working…', detail: 'Reading the article and comparing its claims.' },
  'no-article': { title: 'No article found on this page', detail: 'Crosscheck looks for a news report’s main text.' },
  'no-claims': {
    title: 'No attributed claims found',
    detail: 'The article has no “X said” or “according to Y” statements to check.',
  },
};

/** What the popup shows instead of a list: still working, nothing to show, or what went wrong. */
export function PageStateMessage({ state }: { state: NotReady }) {
  if (state.kind === 'error') {
    return (
      <div role="alert" className="rounded-sm border border-solid border-red-300 bg-red-50 p-2 text-sm text-red-900">
        <p className="font-semibold">Something went wrong</p>
        <p>{state.message}</p>
      </div>
    );
  }
  const { title, detail } = messages[state.kind];
  return (
    <div role="status" aria-busy={state.kind === 'working'} className="p-2 text-sm text-gray-800">
      <p className="font-semibold">{title}</p>
      <p className="text-gray-600">{detail}</p>
    </div>
  );
}
