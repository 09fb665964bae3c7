import type { PreviewCard } from "@/lib/views/link-preview";
import { PREVIEW_IMAGE_SIZE } from "@/lib/views/link-preview";
import { AppGlyph } from "./app-glyph";

/*
 * A scenario's card image (1200 x 630), drawn by next/og's ImageResponse (satori: flexbox only, inline
 * styles). Sized to be read at half width, where a chat app shows it: no text under 24 px here (12 px there).
 */

const INK = "#1a1d23";
const MUTED = "#4a5160";
const ACCENT = "#1f5fbf";
const TRACK = "#e8ecf2";
const PAD = 56;
const LABEL_WIDTH = 360;
const VALUE_WIDTH = 90;
const TRACK_WIDTH = PREVIEW_IMAGE_SIZE.width - 2 * PAD - LABEL_WIDTH - VALUE_WIDTH - 2 * 24;

/** The card: brand and task, the decision, its figures, one bar per architecture, the notice. */
export function PreviewCardImage({ card }: { card: PreviewCard }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#ffffff",
        color: INK,
        fontFamily: "Inter",
        padding: `34px ${PAD}px 30px`,
        borderTop: `12px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 26, flexShrink: 0 }}>
        <AppGlyph size={36} />
        <span style={{ marginLeft: 14, fontWeight: 700 }}>Agent Scaling Calculator</span>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 26,
          color: MUTED,
          marginTop: 16,
          flexShrink: 0,
          whiteSpace: "nowrap",
          overflow: "hidden",
          textOverflow: "ellipsis",
        }}
      >
        For a task with {card.task}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 14, flexShrink: 0 }}>
        <span style={{ fontSize: 28, fontWeight: 700, color: ACCENT }}>{card.kicker}</span>
        <span style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.05, marginTop: 2 }}>{card.design}</span>
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", fontSize: 30, marginTop: 12, flexShrink: 0, color: INK }}>
        <span style={{ fontWeight: 700 }}>{card.figures.success}</span>
        <span style={{ color: MUTED, marginLeft: 10 }}>({card.figures.interval})</span>
        <span style={{ marginLeft: 10 }}>· {card.figures.cost}</span>
        <span style={{ marginLeft: 10 }}>· {card.figures.sure}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 18, flexShrink: 0 }}>
        {card.bars.map((bar) => (
          <div key={bar.label} style={{ display: "flex", alignItems: "center", height: 44, fontSize: 26, fontWeight: bar.recommended ? 700 : 400 }}>
            <div style={{ width: LABEL_WIDTH, display: "flex", alignItems: "center" }}>
              <div style={{ width: 10, height: 26, marginRight: 12, borderRadius: 2, background: bar.recommended ? ACCENT : "transparent" }} />
              <span>{bar.label}</span>
            </div>
            <div style={{ display: "flex", position: "relative", width: TRACK_WIDTH, height: 26, marginLeft: 24, background: TRACK, borderRadius: 4 }}>
              <div
                style={{
                  position: "absolute",
                  left: 0,
                  top: 0,
                  height: 26,
                  width: Math.max(2, bar.successRate * TRACK_WIDTH),
                  background: bar.colour,
                  borderRadius: 4,
                }}
              />
              <div
                style={{
                  position: "absolute",
                  top: 11,
                  height: 4,
                  left: bar.interval[0] * TRACK_WIDTH,
                  width: Math.max(2, (bar.interval[1] - bar.interval[0]) * TRACK_WIDTH),
                  background: INK,
                }}
              />
              <div style={{ position: "absolute", top: 4, height: 18, width: 4, left: bar.interval[0] * TRACK_WIDTH - 2, background: INK }} />
              <div style={{ position: "absolute", top: 4, height: 18, width: 4, left: bar.interval[1] * TRACK_WIDTH - 2, background: INK }} />
            </div>
            <span style={{ width: VALUE_WIDTH, marginLeft: 24, display: "flex", justifyContent: "flex-end" }}>{bar.value}</span>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", marginTop: "auto", fontSize: 24, color: MUTED }}>
        {card.notice === null ? (
          <span>Predicted success at each measured agent count, with 90% intervals</span>
        ) : (
          <span style={{ color: "#7a4a00", background: "#fff3d6", padding: "4px 12px", borderRadius: 6 }}>{card.notice}</span>
        )}
      </div>
    </div>
  );
}
