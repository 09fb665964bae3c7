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

/**
 * A number field that keeps what is being typed as a draft and commits only values inside the bounds
 * (or, when optional, an empty field as null); an invalid draft is marked and never reaches the scenario.
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
  return (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step}
      value={shown}
      placeholder={placeholder}
      disabled={disabled}
      aria-labelledby={labelledBy}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        const text = e.currentTarget.value;
        const result = parse(text);
        setDraft({ text, forValue: result.ok ? result.value : value });
        if (result.ok) onChange(result.value);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
