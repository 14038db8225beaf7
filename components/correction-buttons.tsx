import type { Relation } from '../lib/model/stance';
import { pressedClass, smallButtonClass } from './class-names';
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
    <div
      role="group"
      aria-label={`Correct how ${otherName} relates`}
      className="mt-1.5 flex flex-wrap items-center gap-1"
    >
      <span className="text-[11px] text-gray-500">Mark as:</span>
      {correctableRelations.map((relation) => (
        <button
          key={relation}
          type="button"
          aria-pressed={current === relation}
          onClick={() => onCorrect(relation)}
          className={`${smallButtonClass} ${pressedClass}`}
        >
          {correctionLabels[relation]}
        </button>
      ))}
    </div>
  );
}
