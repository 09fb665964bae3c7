/**
 * The decomposability rubric: five yes/no questions anyone can answer about a task, and a fixed rule
 * that turns the answers into d in [0, 1], the share of a task's work that can be split into
 * sub-tasks needing no results from each other. Every benchmark in data/benchmarks.csv is rated with
 * it (columns rubric_*), and the calculator can show the same questions to an architect.
 */

export const RUBRIC_QUESTION_IDS = ["split", "independent", "mostWork", "noSharedState", "simpleJoin"] as const;
export type RubricQuestionId = (typeof RUBRIC_QUESTION_IDS)[number];

/** An answer per question: true = yes, false = no, null = not asked (after a "no" to a gate question). */
export type RubricAnswers = Record<RubricQuestionId, boolean | null>;

export type RubricQuestion = {
  id: RubricQuestionId;
  /** The data/benchmarks.csv column that stores the answer. */
  column: string;
  /** A gate question: "no" ends the questionnaire with d = 0 and the later questions are not asked. */
  gate: boolean;
  question: string;
  /** What counts and what does not, so that two raters answer alike. */
  help: string;
};

export const RUBRIC_QUESTIONS: readonly RubricQuestion[] = [
  {
    id: "split",
    column: "rubric_split",
    gate: true,
    question: "Can a typical task be split into two or more sub-tasks that are each worth giving to a separate agent?",
    help:
      "Sub-tasks are parts of the work: a fact to look up, a constraint to check, a file or item to produce. " +
      "Not counted: repeating the whole task (sampling, voting), one option of a multiple-choice question, " +
      "a single calculation, or a fact in a short passage given with the question.",
  },
  {
    id: "independent",
    column: "rubric_independent",
    gate: true,
    question: "Can at least two of those sub-tasks be done at the same time, neither needing the other's result?",
    help: "No if the typical task is a chain: the second part needs what the first one found or produced.",
  },
  {
    id: "mostWork",
    column: "rubric_most_work",
    gate: false,
    question: "Does more than half of the work happen inside such independent sub-tasks?",
    help: "Work = steps, tool calls and reasoning. No if most of it is planning before the parts or a chain of dependent steps after them.",
  },
  {
    id: "noSharedState",
    column: "rubric_no_shared_state",
    gate: false,
    question: "Can the work proceed without one shared, changing state that steps change and later steps read?",
    help: "Shared states: a shell session, a repository being edited, an inventory, a document being written. A read-only corpus or filing is not one.",
  },
  {
    id: "simpleJoin",
    column: "rubric_simple_join",
    gate: false,
    question: "Can the sub-task results be joined by a short mechanical step, with no further open-ended reasoning?",
    help: "Mechanical: collect, list, count, compare, pick the best, apply a given formula. Not mechanical: verifying a candidate by reading, judging, writing.",
  },
];

/** The rubric's resolution: its scores are multiples of this step (0, 0.25, 0.5, 0.75, 1). */
export const RUBRIC_STEP = 0.25;

/** One problem with an answer set: the question it concerns and what is wrong. */
export type RubricProblem = { question: RubricQuestionId; message: string };

/**
 * Problems with an answer set (empty when it is complete and consistent): a gate or, after yes to
 * both gates, another question left unanswered, or an answer given to a question the questionnaire
 * never asks (after a "no" to a gate).
 *
 * @example rubricProblems({ split: false, independent: null, mostWork: null, noSharedState: null, simpleJoin: null }) // []
 */
export function rubricProblems(answers: RubricAnswers): RubricProblem[] {
  const problems: RubricProblem[] = [];
  let gatesPassed = true;
  for (const q of RUBRIC_QUESTIONS) {
    const answer = answers[q.id];
    if (gatesPassed && answer === null) problems.push({ question: q.id, message: `"${q.id}" must be answered` });
    if (!gatesPassed && answer !== null) problems.push({ question: q.id, message: `"${q.id}" is not asked after a no to a gate question and must be blank` });
    if (q.gate && answer !== true) gatesPassed = false;
  }
  return problems;
}

/**
 * Decomposability d in [0, 1] from the rubric's answers (d = 0 when either gate question, split or independent, is answered no; otherwise (1 + the yes answers to the other three) / 4). Throws when the
 * answers are incomplete or inconsistent (see rubricProblems): a bug must not become a plausible d.
 *
 * @example decomposabilityScore({ split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: false }) // 0.75
 */
export function decomposabilityScore(answers: RubricAnswers): number {
  const problems = rubricProblems(answers);
  if (problems.length > 0) throw new Error(`decomposability rubric: ${problems.map((p) => p.message).join("; ")}`);
  const gates = RUBRIC_QUESTIONS.filter((q) => q.gate);
  if (gates.some((q) => answers[q.id] !== true)) return 0;
  const others = RUBRIC_QUESTIONS.filter((q) => !q.gate);
  const yes = others.filter((q) => answers[q.id] === true).length;
  return (1 + yes) / (1 + others.length);
}
