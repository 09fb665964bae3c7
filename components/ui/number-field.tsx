"use client";

import { memo, type ReactNode } from "react";
import { NumberInput, type NumberInputProps } from "./number-input";
import { FieldHint, hintId } from "./field-hint";

type Props = Pick<NumberInputProps, "value" | "min" | "max" | "step" | "integer" | "onChange" | "optional" | "placeholder"> & {
  id: string;
  label: string;
  unit?: string;
  hint?: ReactNode;
};

/**
 * A labelled number field (with its unit); an optional one may be left empty for "none". The unit and
 * the hint describe the field (aria-describedby), so a screen reader says "USD per 1M tokens" with it.
 */
export const NumberField = memo(function NumberField({ id, label, value, min, max, step, integer, onChange, optional, placeholder, unit, hint }: Props) {
  const labelId = `${id}-label`;
  const unitId = unit ? `${id}-unit` : undefined;
  const describedBy = [unitId, hintId(id, hint)].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field number-field">
      <label id={labelId} htmlFor={id}>
        {label}
      </label>
      <div className="slider-row">
        <NumberInput
          id={id}
          value={value}
          min={min}
          max={max}
          step={step}
          integer={integer}
          optional={optional}
          placeholder={placeholder}
          labelledBy={labelId}
          describedBy={describedBy}
          onChange={onChange}
        />
        {unit ? (
          <span className="unit" id={unitId}>
            {unit}
          </span>
        ) : null}
      </div>
      <FieldHint id={id} hint={hint} />
    </div>
  );
});
