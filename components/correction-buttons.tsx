import type { Relation } from '../lib/model/stance';
import { correctableRelations, correctionLabels, type CorrectableRelation } from './labels';

interface CorrectionButtonsProps {
  current: Relation;
  /** Whose match this is, named in the buttons' accessible labels. */
  otherName: string;
  onCorrect: (relation: CorrectableRelation) => void;
}

/** Lets a person overrule the engine: this source agrees, contradicts, or is about something else. */
export function CorrectionButtons({ current, otherName, onCorrect }: CorrectionButtonsProps) {
  return (
    <div role="group" aria-label={`Correct how ${otherName} relates`} className="mt-1.5 flex flex-wrap items-center gap-1">
      <span className="text-[0.7rem] text-gray-500">Mark as:</span>
      {correctableRelations.map((relation) => (
        <button
          key={relation}
          type="button"
          aria-pressed={current === relation}
          onClick={() => onCorrect(relation)}
          className="rounded border border-solid border-gray-300 px-1.5 py-0.5 text-[0.7rem] text-gray-800 hover:bg-gray-100 aria-pressed:border-gray-800 aria-pressed:bg-gray-800 aria-pressed:text-white"
        >
          {correctionLabels[relation]}
        </button>
      ))}
    </div>
  );
}
