"use client";

import type { ReactNode } from "react";
import { NumberInput, type NumberInputProps } from "./number-input";
import { FieldHint, hintId } from "./field-hint";

type Props = Pick<NumberInputProps, "value" | "min" | "max" | "step" | "integer" | "onChange" | "optional" | "placeholder"> & {
  id: string;
  label: string;
  unit?: string;
  hint?: ReactNode;
};

/** A labelled number field (with its unit); an optional one may be left empty for "none". */
export function NumberField({ id, label, value, min, max, step, integer, onChange, optional, placeholder, unit, hint }: Props) {
  const labelId = `${id}-label`;
  return (
    <div className="field number-field">
      <label id={labelId} htmlFor={id}>
        {label}
      </label>
      <div className="slider-row">
        <NumberInput id={id} value={value} min={min} max={max} step={step} integer={integer} optional={optional} placeholder={placeholder} labelledBy={labelId} describedBy={hintId(id, hint)} onChange={onChange} />
        {unit ? <span className="unit">{unit}</span> : null}
      </div>
      <FieldHint id={id} hint={hint} />
    </div>
  );
}
