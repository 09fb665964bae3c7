"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once its place comes within `margin` of the viewport, `placeholder` until then (on
 * the server too): a chart's code (recharts) and its drawing cost nothing until a reader scrolls to it.
 * Once shown it stays. Printing shows it too (the beforeprint event; a chart whose code has not loaded yet
 * may miss the first print, its caption and summary are printed all the same), and so does SHOW_CHARTS_EVENT
 * on window (an export of a chart not scrolled to yet).
 */
/** Dispatched on window to draw every chart now, scrolled to or not. */
export const SHOW_CHARTS_EVENT = "agent-scaling:show-charts";

export function WhenVisible({ children, placeholder, margin = "400px" }: { children: ReactNode; placeholder: ReactNode; margin?: string }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = anchor.current;
    if (visible || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const print = () => setVisible(true);
    window.addEventListener("beforeprint", print);
    window.addEventListener(SHOW_CHARTS_EVENT, print);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", print);
      window.removeEventListener(SHOW_CHARTS_EVENT, print);
    };
  }, [visible, margin]);
  return visible ? children : <div ref={anchor}>{placeholder}</div>;
}
