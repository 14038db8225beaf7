import { z } from 'zod';

const storageKey = 'crosscheck.newsroomName';
/** Longest newsroom name kept; the same bound the export request enforces. */
export const maxNewsroomName = 200;
const storedName = z.string().max(maxNewsroomName);

/** The newsroom the user signs ClaimReview exports with, as this browser remembers it; empty when unset or unreadable. */
export function readNewsroomName(): string {
  try {
    const parsed = storedName.safeParse(localStorage.getItem(storageKey) ?? '');
    return parsed.success ? parsed.data : '';
  } catch {
    // Storage can be off for extension pages in some profiles: the name is then asked again.
    return '';
  }
}

/** Remembers the newsroom name for the next export, in the popup and the side panel alike. */
export function writeNewsroomName(name: string): void {
  try {
    localStorage.setItem(storageKey, name.slice(0, maxNewsroomName));
  } catch {
    // Not remembered; this export still uses the name typed.
  }
}
