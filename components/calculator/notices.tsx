"use client";

/** Notices about the link the page was opened with: ignored values, another data version. */
export function Notices({ messages, onDismiss }: { messages: string[]; onDismiss: () => void }) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notices" role="status" data-testid="notices">
      <p>
        <strong>About this link</strong>
      </p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
