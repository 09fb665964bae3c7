"use client";

import { useRef, useState } from "react";

export type NumberInputProps = {
  id?: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
  /** Only whole numbers are allowed (tools, agents, token counts). */
  integer?: boolean;
  onChange: (value: number | null) => void;
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
  /** Whether an empty field is a value (null: "none"); otherwise empty is invalid. */
  optional?: boolean;
  placeholder?: string;
};

const show = (x: number | null) => (x === null ? "none" : String(x));

/**
 * A number field that keeps what is being typed as a draft and commits values inside the bounds as
 * they are typed (or, when optional, an empty field as null), so the charts follow the keyboard.
 * When the draft turns invalid, the value the field held when it was focused comes back: typing
 * 99999999 passes through 999999 on the way, and that must not replace the 3000 the user had. The
 * invalid draft stays visible, marked, with a message saying what is allowed and what is still used;
 * Escape drops it, and Enter makes the current value the one to come back to. The field imposes no step grid: a link or flag may carry any value within bounds (0.33).
 */
export function NumberInput({ id, value, min, max, step, integer, onChange, labelledBy, describedBy, disabled, optional, placeholder }: NumberInputProps) {
  const [draft, setDraft] = useState<{ text: string; forValue: number | null } | null>(null);
  /** The value when editing began; undefined while the field is not being edited. */
  const atFocus = useRef<number | null | undefined>(undefined);
  const shown = draft !== null && draft.forValue === value ? draft.text : value === null ? "" : String(value);
  const parse = (text: string): { ok: true; value: number | null } | { ok: false } => {
    if (text.trim() === "") return optional ? { ok: true, value: null } : { ok: false };
    const n = Number(text);
    return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)) ? { ok: true, value: n } : { ok: false };
  };
  const invalid = !parse(shown).ok;
  const errorId = `${id ?? labelledBy}-error`;
  return (
    <>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step="any"
        data-step={step}
        value={shown}
        placeholder={placeholder}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        aria-describedby={[invalid ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined}
        onFocus={() => {
          atFocus.current = value;
        }}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const result = parse(text);
          const kept = atFocus.current === undefined ? value : atFocus.current;
          const next = result.ok ? result.value : kept;
          setDraft({ text, forValue: next });
          if (next !== value) onChange(next);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !invalid) atFocus.current = value;
          if (e.key !== "Escape" || draft === null) return;
          setDraft(null);
          const kept = atFocus.current === undefined ? value : atFocus.current;
          if (kept !== value) onChange(kept);
        }}
        onBlur={() => {
          atFocus.current = undefined;
          if (!invalid) setDraft(null);
        }}
      />
      {invalid ? (
        <span className="field-error" id={errorId} role="status">
          Enter {integer ? "a whole number" : "a value"} from {min} to {max}
          {optional ? ", or nothing for none" : ""}; still using {show(value)}.
        </span>
      ) : null}
    </>
  );
}
