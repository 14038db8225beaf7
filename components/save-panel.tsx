import { useId, useState, type FormEvent } from 'react';
import type { Incident } from '../lib/model/incident';
import type { SaveTarget } from '../lib/messages/background-calls';
import { fieldClass, primaryButtonClass } from './class-names';
import { countOf } from './display';
import { Feedback } from './feedback';

/** The parts of an incident the chooser shows. */
export type IncidentChoice = Pick<Incident, 'id' | 'title' | 'dateStart' | 'dateEnd'>;

/** What the last save did: claims newly stored, and claims already in the database (not duplicated). */
export interface SaveOutcome {
  added: number;
  unchanged: number;
}

export interface SavePanelProps {
  incidents: readonly IncidentChoice[];
  /** Preselected when present in `incidents`; otherwise "new incident" is. */
  suggestedIncidentId: string | null;
  /** The new incident's title before the user edits it, e.g. the page's headline. */
  defaultNewTitle: string;
  onSave: (target: SaveTarget) => void;
  saving?: boolean;
  outcome?: SaveOutcome | null;
  error?: string | null;
  /** Nothing to save when the page has no claims. */
  disabled?: boolean;
}

const newIncident = '__new__';
/** The background refuses longer titles (saveTargetSchema). */
const maxTitleLength = 300;

function dateRange(incident: IncidentChoice): string {
  return incident.dateStart === incident.dateEnd ? incident.dateStart : `${incident.dateStart} – ${incident.dateEnd}`;
}

function outcomeText({ added, unchanged }: SaveOutcome): string {
  const addedText = `${countOf(added, 'claim')} saved`;
  return unchanged > 0 ? `${addedText}; ${unchanged} already in the database (not duplicated).` : `${addedText}.`;
}

function initialChoice(incidents: readonly IncidentChoice[], suggested: string | null): string {
  return suggested !== null && incidents.some((incident) => incident.id === suggested) ? suggested : newIncident;
}

interface IncidentSelectProps {
  id: string;
  incidents: readonly IncidentChoice[];
  suggestedIncidentId: string | null;
  value: string;
  onChange: (value: string) => void;
}

function IncidentSelect({ id, incidents, suggestedIncidentId, value, onChange }: IncidentSelectProps) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={fieldClass}>
      {incidents.map((incident) => (
        <option key={incident.id} value={incident.id}>
          {incident.title} ({dateRange(incident)}){incident.id === suggestedIncidentId ? ' · suggested' : ''}
        </option>
      ))}
      <option value={newIncident}>New incident…</option>
    </select>
  );
}

/** Saves the page's claims under an incident the user picks, or a new one they name. */
export function SavePanel(props: SavePanelProps) {
  const { incidents, suggestedIncidentId, onSave, saving = false, outcome, error } = props;
  // Derived until the user picks, so incidents or a suggestion arriving late still preselect.
  const [picked, setChoice] = useState<string | null>(null);
  const [editedTitle, setTitle] = useState<string | null>(null);
  const choice = picked ?? initialChoice(incidents, suggestedIncidentId);
  const title = editedTitle ?? props.defaultNewTitle;
  const ids = { select: useId(), title: useId() };
  const isNew = choice === newIncident;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(isNew ? { kind: 'new', title: title.trim() } : { kind: 'existing', incidentId: choice });
  };
  const blocked = (props.disabled ?? false) || saving || (isNew && title.trim() === '');
  return (
    <form onSubmit={submit} aria-label="Save claims to database" className="flex flex-col gap-1.5 text-sm">
      <h2 className="font-semibold text-gray-900">Save claims to database</h2>
      <label htmlFor={ids.select} className="text-xs text-gray-700">
        Incident
      </label>
      <IncidentSelect
        id={ids.select}
        incidents={incidents}
        suggestedIncidentId={suggestedIncidentId}
        value={choice}
        onChange={setChoice}
      />
      {isNew ? (
        <>
          <label htmlFor={ids.title} className="text-xs text-gray-700">
            New incident title
          </label>
          <input
            id={ids.title}
            value={title}
            maxLength={maxTitleLength}
            onChange={(event) => setTitle(event.target.value)}
            className={fieldClass}
          />
        </>
      ) : null}
      <button type="submit" disabled={blocked} className={primaryButtonClass}>
        {saving ? 'Saving…' : 'Save claims'}
      </button>
      <Feedback done={outcome ? outcomeText(outcome) : null} error={error ?? null} />
    </form>
  );
}
