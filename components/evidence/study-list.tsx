import type { StudyFinding } from "@/lib/views/evidence-findings";
import { StudyCard } from "./study-card";
import styles from "./evidence.module.css";

/** Every study of the evidence, in studies.csv order. */
export function StudyList({ studies }: { studies: StudyFinding[] }) {
  return (
    <ol className={styles.studies} data-testid="studies">
      {studies.map((s) => (
        <li key={s.study}>
          <StudyCard study={s} />
        </li>
      ))}
    </ol>
  );
}
