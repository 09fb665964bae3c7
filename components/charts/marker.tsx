import type { SVGProps } from "react";
import type { MarkerShape } from "@/lib/views/palette";

type Props = Omit<SVGProps<SVGElement>, "ref" | "cx" | "cy" | "r" | "points"> & { shape: MarkerShape; cx: number; cy: number; r: number };

/**
 * A data point drawn as its architecture's shape (circle, square, triangle, diamond, triangle down),
 * centred on (cx, cy) with about the area of a circle of radius r, so shape tells the series apart
 * where colour cannot.
 */
export function Marker({ shape, cx, cy, r, className, ...props }: Props) {
  const rest = { ...props, className: className ? `marker ${className}` : "marker", "data-shape": shape };
  if (shape === "circle") return <circle cx={cx} cy={cy} r={r} {...rest} />;
  if (shape === "square") {
    const h = r * 0.9;
    return <rect x={cx - h} y={cy - h} width={2 * h} height={2 * h} {...rest} />;
  }
  const k = r * 1.25;
  const points =
    shape === "diamond"
      ? [
          [cx, cy - k],
          [cx + k, cy],
          [cx, cy + k],
          [cx - k, cy],
        ]
      : shape === "triangle"
        ? [
            [cx, cy - k * 1.1],
            [cx + k, cy + k * 0.75],
            [cx - k, cy + k * 0.75],
          ]
        : [
            [cx, cy + k * 1.1],
            [cx + k, cy - k * 0.75],
            [cx - k, cy - k * 0.75],
          ];
  return <polygon points={points.map((p) => p.join(",")).join(" ")} {...rest} />;
}
