"use client";

import type { ReactNode } from "react";
import { NumberInput } from "./number-input";

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

/** A native range input paired with a number field; both take their accessible name from the visible label. */
export function SliderField({ id, label, value, min, max, step, onChange, disabled, valueText, hint }: Props) {
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
        <NumberInput value={value} min={min} max={max} step={step} disabled={disabled} labelledBy={labelId} describedBy={hint ? `${id}-hint` : undefined} onChange={(v) => v !== null && onChange(v)} />
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
