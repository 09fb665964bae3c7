"use client";

import { useState } from "react";

/** The share link of the current scenario, with a Copy link button (and the link itself to copy by hand). */
export function ShareLink({ query }: { query: string }) {
  const [status, setStatus] = useState("");
  const link = typeof window === "undefined" ? query : `${window.location.origin}${window.location.pathname}${query}`;
  return (
    <div className="share" data-testid="share">
      <label htmlFor="share-link">Share link</label>
      <div className="share-row">
        <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setStatus("Link copied.");
            } catch {
              setStatus("Copying was blocked: select the link and copy it by hand.");
            }
          }}
        >
          Copy link
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
