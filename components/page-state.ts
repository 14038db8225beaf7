import type { ClaimReport } from '../lib/model/page-claim';

/** Where the current tab's analysis stands, as the popup and side panel show it. */
export type PageState =
  | { kind: 'working' }
  | { kind: 'no-article' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; reports: readonly ClaimReport[] };
