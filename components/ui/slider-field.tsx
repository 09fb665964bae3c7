"use client";

import { useState, type ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  /** Text a screen reader announces for a value, e.g. "45%". */
  valueText?: (value: number) => string;
  hint?: ReactNode;
};

/**
 * A native range input paired with a number field; both take their accessible name from the visible label.
 * The number field keeps what is being typed as a draft and commits only values inside the bounds; an
 * invalid draft is marked and never reaches the scenario.
 */
export function SliderField({ id, label, value, min, max, step, onChange, disabled, valueText, hint }: Props) {
  const [draft, setDraft] = useState<{ text: string; forValue: number } | null>(null);
  const shown = draft !== null && draft.forValue === value ? draft.text : String(value);
  const parsed = Number(shown);
  const invalid = shown.trim() === "" || !Number.isFinite(parsed) || parsed < min || parsed > max;
  const labelId = `${id}-label`;
  return (
    <div className="field">
      <label id={labelId} htmlFor={id}>
        {label}
      </label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-labelledby={labelId}
          aria-valuetext={valueText?.(value)}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <input
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={shown}
          disabled={disabled}
          aria-labelledby={labelId}
          aria-invalid={invalid || undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setDraft({ text, forValue: value });
            const next = Number(text);
            if (text.trim() !== "" && Number.isFinite(next) && next >= min && next <= max) {
              setDraft({ text, forValue: next });
              onChange(next);
            }
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
