"use client";

import { useState } from "react";

type Props = {
  id?: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
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
 * A number field that keeps what is being typed as a draft and commits only values inside the bounds
 * (or, when optional, an empty field as null). An invalid draft stays visible, marked, with a message
 * saying what is allowed and what the calculator still uses; it never reaches the scenario.
 * The field imposes no step grid: a link or flag may carry any value within bounds (0.33).
 */
export function NumberInput({ id, value, min, max, step, onChange, labelledBy, describedBy, disabled, optional, placeholder }: Props) {
  const [draft, setDraft] = useState<{ text: string; forValue: number | null } | null>(null);
  const shown = draft !== null && draft.forValue === value ? draft.text : value === null ? "" : String(value);
  const parse = (text: string): { ok: true; value: number | null } | { ok: false } => {
    if (text.trim() === "") return optional ? { ok: true, value: null } : { ok: false };
    const n = Number(text);
    return Number.isFinite(n) && n >= min && n <= max ? { ok: true, value: n } : { ok: false };
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
      onChange={(e) => {
        const text = e.currentTarget.value;
        const result = parse(text);
        setDraft({ text, forValue: result.ok ? result.value : value });
        if (result.ok) onChange(result.value);
      }}
      onBlur={() => {
        if (!invalid) setDraft(null);
      }}
    />
    {invalid ? (
      <span className="field-error" id={errorId} role="status">
        Enter {optional ? `a value from ${min} to ${max}, or nothing for none` : `a value from ${min} to ${max}`}; still using {show(value)}.
      </span>
    ) : null}
    </>
  );
}
