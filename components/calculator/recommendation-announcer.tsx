"use client";

import { useEffect, useRef, useState } from "react";
import type { CalculatorView } from "@/lib/views/calculator";
import type { CalculatorCatalog } from "@/lib/views/catalog";
import { announcedDesign, recommendationAnnouncement } from "@/lib/views/announcement";

/** How long the inputs must rest before the new recommendation is announced: a slider drag says it once. */
export const SETTLE_MS = 600;

/**
 * A polite live region that announces the recommendation (design, success, cost) once it has stayed
 * the same for {@link SETTLE_MS} after a change, so a screen reader user hears the result of a change
 * (WCAG 4.1.3) without a flood of announcements while a slider moves. Nothing is announced on load.
 */
export function RecommendationAnnouncer({ view, catalog }: { view: CalculatorView; catalog: CalculatorCatalog }) {
  const sentence = recommendationAnnouncement(announcedDesign(view, catalog));
  const [spoken, setSpoken] = useState("");
  /** The sentence last announced, or shown on load: an unchanged recommendation is not repeated. */
  const settled = useRef(sentence);
  useEffect(() => {
    if (sentence === settled.current) return;
    const timer = setTimeout(() => {
      settled.current = sentence;
      setSpoken(sentence);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [sentence]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="recommendation-announcer">
      {spoken}
    </p>
  );
}
