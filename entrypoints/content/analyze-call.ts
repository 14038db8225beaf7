import { z } from 'zod';
import { backgroundCalls, maxArticleChars, type CallResponse } from '../../lib/messages/background-calls';
import { CallError, sendCall } from '../../lib/messages/caller';
import { describeZodError } from '../../lib/messages/envelope';
import type { PageInfo } from '../../lib/model/page';
import { mapInSlices } from './page-turns';

const responseSchema = backgroundCalls.analyzePage.response;
const reportSchema = responseSchema.shape.reports.element;
/** The answer's shape with the reports left unchecked, so they can be checked one by one. */
const outlineSchema = responseSchema.extend({ reports: z.array(z.unknown()) });

/**
 * Sends the article's text (cut to what the background accepts) as
 * `analyzePage` and validates the answer against the call's own response
 * schema, as createCaller does, but report by report in slices: checking the
 * hundreds of reports of a long article in one go would block the page for
 * longer than a long task.
 */
export async function analyzePage(page: PageInfo, articleText: string): Promise<CallResponse<'analyzePage'>> {
  const text = articleText.slice(0, maxArticleChars);
  const payload = { page, articleFound: text.length > 0, text };
  const answer = await sendCall((message) => browser.runtime.sendMessage(message), 'analyzePage', payload);
  const outline = outlineSchema.safeParse(answer);
  if (!outline.success) throw new CallError(`bad analyzePage answer: ${describeZodError(outline.error)}`);
  const reports = await mapInSlices(outline.data.reports, (report, index) => {
    const checked = reportSchema.safeParse(report);
    if (!checked.success) throw new CallError(`bad analyzePage answer: ${describeZodError(checked.error)} in reports.${index}`);
    return checked.data;
  });
  return { ...outline.data, reports };
}
