"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once its place comes within `margin` of the viewport, `placeholder` until then (on
 * the server too): a chart's code (recharts) and its drawing cost nothing until a reader scrolls to it.
 * Once shown it stays.
 */
export function WhenVisible({ children, placeholder, margin = "400px" }: { children: ReactNode; placeholder: ReactNode; margin?: string }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = anchor.current;
    if (visible || element === null) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible, margin]);
  return visible ? children : <div ref={anchor}>{placeholder}</div>;
}
