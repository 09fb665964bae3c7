import Link from "next/link";
import type { StudyFinding } from "@/lib/views/evidence-findings";
import styles from "./evidence.module.css";
import { countText } from "@/lib/format/words";

/** One study: its citation and link, kind, budget matching, and what its stored runs show. */
export function StudyCard({ study: s }: { study: StudyFinding }) {
  return (
    <article className={`card ${styles.study}`} aria-labelledby={`study-${s.study}`} data-testid="study">
      <h3 id={`study-${s.study}`}>
        <a href={s.link}>{s.title}</a>
      </h3>
      <p className={styles.citation}>{s.citation}</p>
      <ul className={styles.facts}>
        <li data-kind={s.kind}>{s.kindLabel}</li>
        <li>
          {s.budgetsLabel}: <span className="muted">{s.budgetsNote}</span>
        </li>
      </ul>
      <p className={styles.finding}>
        <strong>What it found.</strong> {s.finding}
      </p>
      <p className="muted">
        {countText(s.runs)} stored {s.runs === 1 ? "run" : "runs"} on {s.benchmarks} {s.benchmarks === 1 ? "benchmark" : "benchmarks"}.{" "}
        <Link href={{ pathname: "/evidence", query: { study: s.study }, hash: "runs" }} scroll={false} prefetch={false}>
          Show them<span className="visually-hidden"> ({s.title})</span>
        </Link>
      </p>
    </article>
  );
}
