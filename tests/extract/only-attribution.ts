import { expect } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import type { Attribution } from '../../lib/model/attribution';

/** The one attribution of a text, failing the test when there are none or several. */
export function onlyAttribution(text: string): Attribution {
  const found = extractAttributions(text);
  expect(found).toHaveLength(1);
  return found[0];
}
