import { memo, type ReactNode } from "react";
import { FieldHint, hintId } from "./field-hint";

type Props = {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: ReactNode;
};

/** A labelled native select (memoised: pass stable options and handlers and it redraws only when they change). */
export const SelectField = memo(function SelectField({ id, label, value, options, onChange, hint }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-describedby={hintId(id, hint)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHint id={id} hint={hint} />
    </div>
  );
});
