"use client";

import { memo, startTransition, useRef, useState, type ReactNode } from "react";
import { afterNextPaint } from "./after-paint";
import { NumberInput, type NumberInputProps } from "./number-input";
import { FieldHint, hintId } from "./field-hint";

/** The number field's bounds, but a slider always has a value: never null. */
type Props = Pick<NumberInputProps, "min" | "max" | "step" | "integer" | "disabled"> & {
  id: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Text a screen reader announces for a value, e.g. "45%". */
  valueText?: (value: number) => string;
  hint?: ReactNode;
  /** Show and take a 0-1 share as 0-100 % (the page states every share in %); `value` and `onChange` keep the share. */
  percent?: boolean;
};

/** x · 100 without float noise (0.55 · 100 = 55.00000000000001). */
const toPercent = (x: number) => Math.round(x * 100 * 1e6) / 1e6;

/** Whether a value sits on a slider's step grid (a link may carry 0.33 where the slider steps by 0.05). */
const onGrid = (value: number, min: number, step: number) => Math.abs((value - min) / step - Math.round((value - min) / step)) < 1e-9;

/**
 * A native range input paired with a number field; both take their accessible name from the visible
 * label and are described by the hint under them. An off-grid value (from a link) makes the slider step-free, so it shows exactly that value.
 */
export const SliderField = memo(function SliderField(props: Props) {
  if (!props.percent) return <Slider {...props} />;
  const { value, min, max, step, onChange, valueText } = props;
  return (
    <Slider
      {...props}
      label={`${props.label} (%)`}
      value={toPercent(value)}
      min={toPercent(min)}
      max={toPercent(max)}
      step={toPercent(step)}
      valueText={(v) => valueText?.(v / 100) ?? `${v}%`}
      onChange={(v) => onChange(v / 100)}
    />
  );
});

/**
 * The slider and its number show a moved value at once, in the frame of the keypress or pointer move; the
 * page's update (the form, the URL, then the figures) starts in the task after that frame has been
 * painted, in a transition, so neither React's render of the page nor its commit delays the slider's
 * frame; moves within one frame make one update, of the last value. The value shown is the slider's own
 * until that update has been committed, then the page's (the same, or what the page made of it: a clamp).
 */
function Slider({ id, label, value: pageValue, min, max, step, integer, onChange, disabled, valueText, hint }: Props) {
  const [moved, setMoved] = useState<number | null>(null);
  const waiting = useRef<number | null>(null);
  const value = moved ?? pageValue;
  const move = (next: number) => {
    setMoved(next);
    const first = waiting.current === null;
    waiting.current = next;
    if (!first) return;
    afterNextPaint(() => {
      const latest = waiting.current ?? next;
      waiting.current = null;
      startTransition(() => {
        setMoved(null);
        onChange(latest);
      });
    });
  };
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
          step={onGrid(value, min, step) ? step : "any"}
          value={value}
          disabled={disabled}
          aria-labelledby={labelId}
          aria-describedby={hintId(id, hint)}
          aria-valuetext={valueText?.(value)}
          onChange={(e) => move(Number(e.currentTarget.value))}
        />
        <NumberInput
          id={`${id}-number`}
          value={value}
          min={min}
          max={max}
          step={step}
          integer={integer}
          disabled={disabled}
          labelledBy={labelId}
          describedBy={hintId(id, hint)}
          onChange={(v) => v !== null && onChange(v)}
        />
      </div>
      <FieldHint id={id} hint={hint} />
    </div>
  );
}
