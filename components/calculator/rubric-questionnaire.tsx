"use client";

import { memo, useState } from "react";
import { decomposabilityScore, RUBRIC_QUESTIONS, rubricProblems, type RubricAnswers } from "@/lib/data/decomposability-rubric";

const EMPTY: RubricAnswers = { split: null, independent: null, mostWork: null, noSharedState: null, simpleJoin: null };

/** Which questions are asked: every one until a gate question is answered no. */
function asked(answers: RubricAnswers) {
  const out = [];
  for (const q of RUBRIC_QUESTIONS) {
    out.push(q);
    if (q.gate && answers[q.id] === false) break;
  }
  return out;
}

/**
 * The decomposability rubric (the one every stored benchmark is rated with) as a short questionnaire
 * beside the slider: once every asked question is answered, it sets d by the rubric's rule.
 */
export const RubricQuestionnaire = memo(function RubricQuestionnaire({ onScore }: { onScore: (d: number) => void }) {
  const [answers, setAnswers] = useState<RubricAnswers>(EMPTY);
  const answer = (id: keyof RubricAnswers, value: boolean) => {
    const next = { ...answers, [id]: value };
    // Questions after a "no" to a gate are not asked: clear them.
    let open = true;
    for (const q of RUBRIC_QUESTIONS) {
      if (!open) next[q.id] = null;
      if (q.gate && next[q.id] === false) open = false;
    }
    setAnswers(next);
    if (rubricProblems(next).length === 0) onScore(decomposabilityScore(next));
  };
  const complete = rubricProblems(answers).length === 0;
  return (
    <details className="rubric" data-testid="rubric">
      <summary>Not sure? Answer the rubric&apos;s questions</summary>
      <p className="hint">The same five questions every stored benchmark was rated with; the answers set decomposability.</p>
      <ol>
        {asked(answers).map((q) => (
          <li key={q.id}>
            <fieldset>
              <legend>{q.question}</legend>
              <label>
                <input type="radio" name={`rubric-${q.id}`} checked={answers[q.id] === true} onChange={() => answer(q.id, true)} /> Yes
              </label>{" "}
              <label>
                <input type="radio" name={`rubric-${q.id}`} checked={answers[q.id] === false} onChange={() => answer(q.id, false)} /> No
              </label>
              <p className="hint">{q.help}</p>
            </fieldset>
          </li>
        ))}
      </ol>
      {complete ? (
        <p data-testid="rubric-result">
          Decomposability set to {decomposabilityScore(answers)} by the rubric.{" "}
          <button type="button" onClick={() => setAnswers(EMPTY)}>
            Start over
          </button>
        </p>
      ) : null}
    </details>
  );
});
