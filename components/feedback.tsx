import { errorTextClass, statusTextClass } from './class-names';

/** The line under a panel after an action: what it did, or, taking precedence, why it failed. */
export function Feedback({ done, error }: { done: string | null; error: string | null }) {
  if (error) {
    return (
      <p role="alert" className={errorTextClass}>
        {error}
      </p>
    );
  }
  return done ? (
    <p role="status" className={statusTextClass}>
      {done}
    </p>
  ) : null;
}
