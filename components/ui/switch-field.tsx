import { FieldHint, hintId } from "./field-hint";

type Props = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string };

/** A labelled on/off switch: a native checkbox with the switch role (Space toggles it). */
export function SwitchField({ id, label, checked, onChange, hint }: Props) {
  return (
    <div className="field switch-field">
      <input id={id} type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={hintId(id, hint)} />
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
    </div>
  );
}
