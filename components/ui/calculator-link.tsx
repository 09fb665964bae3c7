"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

/** Where the calculator keeps its latest link (this tab only), and the event it sends when that changes. */
export const CALCULATOR_QUERY_KEY = "calculator-query";
const EVENT = "calculator-query";

/** Records the calculator's current link, so the header's Calculator link returns to this scenario. */
export function rememberCalculatorQuery(query: string): void {
  try {
    window.sessionStorage.setItem(CALCULATOR_QUERY_KEY, query);
  } catch {
    // Storage may be unavailable (private mode): the link then opens the default scenario.
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function stored(): string {
  try {
    return window.sessionStorage.getItem(CALCULATOR_QUERY_KEY) ?? "";
  } catch {
    return "";
  }
}

/** The header's Calculator link: back to the scenario last on the calculator in this tab (the default before any). */
export function CalculatorLink({ children, className }: { children: React.ReactNode; className?: string }) {
  const query = useSyncExternalStore(subscribe, stored, () => "");
  // No prefetch: a page loads no other page's code until a reader follows a link (the calculator's page is
  // static, so following it costs one request for the page's data, whatever the scenario).
  return (
    <Link className={className} href={`/${query.startsWith("?") ? query : ""}`} prefetch={false} data-testid="nav-calculator">
      {children}
    </Link>
  );
}
