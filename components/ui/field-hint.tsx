import type { ReactNode } from "react";

/** The id a field's hint carries, for the control's aria-describedby (undefined when there is no hint). */
export const hintId = (id: string, hint: ReactNode | undefined) => (hint ? `${id}-hint` : undefined);

/** The short explanation under a field; the control names it in aria-describedby via {@link hintId}. */
export function FieldHint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}
