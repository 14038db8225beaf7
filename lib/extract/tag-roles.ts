import type { ExtractDocument } from './document';
import { predictLabel, type LinearModel } from './perceptron';
import { roleContext, roleFeatures } from './role-features';
import { roleWindow } from './role-window';
import type { CueRange } from './tag-cues';

/** Role labels: neither, source, content. */
export const roleLabels = ['O', 'S', 'C'];

/** Token indices the role model gave to the source and to the content of one cue. */
export interface RoleTokens {
  source: number[];
  content: number[];
}

/** Labels the tokens around a cue as its source, its content or neither, left to right. */
export function tagRoles(doc: ExtractDocument, model: LinearModel, cue: CueRange, isCue: Uint8Array): RoleTokens {
  const window = roleWindow(doc, cue.first, cue.last);
  const context = roleContext(doc, cue.first, cue.last, window, isCue);
  const roles: RoleTokens = { source: [], content: [] };
  let previous = 'O';
  for (let t = window.first; t < window.last; t++) {
    if (t >= cue.first && t < cue.last) {
      previous = 'O';
      continue;
    }
    const label = model.labels[predictLabel(model, roleFeatures(context, t, previous))];
    if (label === 'S') roles.source.push(t);
    else if (label === 'C') roles.content.push(t);
    previous = label;
  }
  return roles;
}
