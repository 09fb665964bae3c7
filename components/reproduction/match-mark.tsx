/** A check or cross telling whether a reproduced figure matches its printed value. */
export function MatchMark({ matches }: { matches: boolean | null }) {
  if (matches === null) return null;
  return matches ? (
    <span className="match" title="matches the printed figure">
      {" "}
      ✓<span className="visually-hidden">matches</span>
    </span>
  ) : (
    <span className="mismatch" title="differs from the printed figure">
      {" "}
      ✗<span className="visually-hidden">differs</span>
    </span>
  );
}
