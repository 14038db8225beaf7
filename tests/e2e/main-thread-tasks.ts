import type { CDPSession, Page } from 'playwright-core';

/** One Chrome trace event, as far as the task accounting reads it. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own CPU time inside the event, without the time other processes held the core. */
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

/** A task on the page's main thread: how long it ran and whether it ran script, and whose. */
export interface MainThreadTask {
  startMs: number;
  /** Wall-clock time, what Chromium's long-task line (50 ms) is drawn on. */
  durationMs: number;
  /** Main-thread CPU time: the task's own work, however busy the machine's other cores and processes are. */
  cpuMs: number;
  /** The longest step inside it (layout, script evaluation...), to tell tasks apart in the printed figures. */
  longestStep: string;
  /** URLs of the scripts it evaluated: '' for the test driver's, which have none. */
  evaluated: string[];
  /** URLs of the functions it called into: '' for built-ins such as a promise's resolve. */
  called: string[];
  /** It ran promise continuations or timers, the way sliced work resumes. */
  resumedScript: boolean;
}

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];

/** Records a trace of the whole browser while `run` drives the page, and returns the page's main-thread tasks. */
export async function traceMainThread(cdp: CDPSession, pageUrl: string, run: () => Promise<void>): Promise<MainThreadTask[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return mainThreadTasks(events, pageUrl);
}

/**
 * The top-level tasks of the renderer main thread that parsed `pageUrl`, each
 * with the scripts that ran inside it. Chrome's Long Tasks API misses some of
 * them (scripts injected into an isolated world), so the trace is the record.
 */
export function mainThreadTasks(events: readonly TraceEvent[], pageUrl: string): MainThreadTask[] {
  const main = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);
  if (!main) throw new Error(`the trace has no parsing of ${pageUrl}`);
  const onMain = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks: Array<{ task: TraceEvent; inside: TraceEvent[] }> = [];
  for (const event of onMain) {
    const current = tasks.at(-1);
    if (current && event.ts < current.task.ts + (current.task.dur ?? 0)) current.inside.push(event);
    else if (event.name === 'ThreadControllerImpl::RunTask') tasks.push({ task: event, inside: [] });
  }
  const origin = tasks[0]?.task.ts ?? 0;
  return tasks.map(({ task, inside }) => describeTask(task, inside, origin));
}

/** Trace events that only wrap the real work of a task. */
const wrapperSteps = new Set(['ThreadControllerImpl::RunTask', 'Receive mojo message', 'AsyncTask Run']);

function describeTask(task: TraceEvent, inside: readonly TraceEvent[], origin: number): MainThreadTask {
  const urlsOf = (name: string) => inside.filter((event) => event.name === name).map((event) => event.args?.data?.url ?? '');
  const steps = inside.filter((event) => !wrapperSteps.has(event.name));
  const longest = steps.reduce<TraceEvent | null>((best, event) => (best && (best.dur ?? 0) >= (event.dur ?? 0) ? best : event), null);
  return {
    startMs: (task.ts - origin) / 1000,
    durationMs: (task.dur ?? 0) / 1000,
    cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
    longestStep: `${longest?.name ?? ''}${longest?.args?.data?.url ? ` ${longest.args.data.url.split('/').pop()}` : ''}`,
    evaluated: urlsOf('EvaluateScript'),
    called: urlsOf('FunctionCall'),
    resumedScript: inside.some((event) => event.name === 'RunMicrotasks' || event.name === 'TimerFire'),
  };
}

/**
 * Whether a task is the extension's: it ran one of its scripts, or resumed
 * script without evaluating the test driver's. The test page has no script of
 * its own, so any other script on its main thread is the extension's.
 */
export function isExtensionTask(task: MainThreadTask, extensionOrigin: string): boolean {
  if ([...task.evaluated, ...task.called].some((url) => url.startsWith(extensionOrigin))) return true;
  return task.resumedScript && !task.evaluated.some((url) => !url.startsWith(extensionOrigin));
}

/** Polls the page (without Playwright's in-page waiting script, whose own evaluation would show in the trace) until `ready` holds. */
export async function pollPage(page: Page, ready: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(ready))) {
    if (Date.now() > deadline) throw new Error('the page never got ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
