/**
 * The project's judgements about each benchmark of the evidence: its id and label, tool count T
 * with its source, and its answers to the decomposability rubric (lib/data/decomposability-rubric.ts)
 * with the rationale. import-data writes them to data/benchmarks.csv and computes rubric_d from the
 * answers; Kim's six keep the paper's T and the project's earlier d beside them.
 */
import type { RubricAnswers } from "../../lib/data/decomposability-rubric";

export type BenchmarkRating = {
  benchmark: string;
  label: string;
  /** Names the external files print for it. */
  printed: readonly string[];
  tools: number | null;
  /** The tool count of Kim et al.'s released code, where the external README reports it. */
  toolsCode: number | null;
  toolsSource: string;
  answers: RubricAnswers;
  rationale: string;
};

/** Answers in rubric order, e.g. rate("yes yes no no no"); questions after a gate's "no" are left out. */
export function rate(text: string): RubricAnswers {
  const given = text.split(" ").map((word) => {
    if (word !== "yes" && word !== "no") throw new Error(`rubric answer ${JSON.stringify(word)}`);
    return word === "yes";
  });
  const [split = null, independent = null, mostWork = null, noSharedState = null, simpleJoin = null] = given;
  return { split, independent, mostWork, noSharedState, simpleJoin };
}

const KIM_T = "Kim et al.'s paper (the T of its regression)";
const KIM_NOT_CHECKED = `${KIM_T}; not checked against the released code`;
const TOOL_FREE = "tool-free: the model answers from the prompt (source headers; external README T = 0)";
const CODE_TESTS = "no tools: the answer is code scored by tests (source headers; external README T = 0)";
const SWE_RATIONALE =
  "Reading different files and reproducing the bug can run in parallel, but most of the work is the dependent chain of locating, editing and testing in one repository, and the patch is written from the findings by reasoning.";
const MULTIPLE_CHOICE = "One multiple-choice question answered by one chain of reasoning; the options are not sub-tasks.";
const MATH_PROBLEM = "One problem solved by a chain of steps, each using the previous step's result.";
const ONE_FUNCTION = "One short function written from its description; no part of it is worth a separate agent.";
const BRIDGE =
  "Two or more facts must be found in different documents, but the typical question is a bridge: the second hop needs the entity the first one found.";

/** Kim et al.'s six benchmarks, in data/runs.csv's order. */
export const KIM_RATINGS: readonly BenchmarkRating[] = [
  {
    benchmark: "browsecomp-plus",
    label: "BrowseComp-Plus",
    printed: ["BrowseComp-Plus"],
    tools: 3,
    toolsCode: 3,
    toolsSource: `${KIM_T}; the released code exposes the same 3 (external README; search_documents, retrieve_document, done in its example outputs)`,
    answers: rate("yes yes yes yes no"),
    rationale:
      "Each constraint of the question (a date, a place, a role) is a fact to look up in the fixed corpus, independently of the others; searching is most of the work and the corpus is read only; the join is not mechanical: the candidate must be verified against every constraint by reading.",
  },
  {
    benchmark: "finance-agent",
    label: "Finance-Agent",
    printed: [],
    tools: 5,
    toolsCode: 3,
    toolsSource: "Kim et al.'s paper: 5 (the T of its regression); the released code exposes 3 (external README, reviewer's notes)",
    answers: rate("yes yes yes yes no"),
    rationale:
      "A question combines several figures or facts that can be retrieved from the filings independently; retrieval is most of the work and the filings are read only; the join is a financial computation with judgement (definitions, periods, adjustments), not a given formula.",
  },
  {
    benchmark: "plancraft",
    label: "PlanCraft",
    printed: ["PlanCraft"],
    tools: 4,
    toolsCode: 4,
    toolsSource: `${KIM_T}; the released code exposes the same 4 (external README; search, move, smelt, impossible in its example outputs)`,
    answers: rate("yes no"),
    rationale:
      "Crafting a target means crafting intermediates first, but the typical recipe is a chain: each craft consumes what the previous one produced, in one shared inventory, so no two sub-tasks are independent.",
  },
  {
    benchmark: "workbench",
    label: "Workbench",
    printed: [],
    tools: 16,
    toolsCode: 5,
    toolsSource: "Kim et al.'s paper: 16 (the T of its regression); the released code exposes 5 (external README, reviewer's notes)",
    answers: rate("yes no"),
    rationale:
      "A typical task looks something up and then acts on it (find the meeting, then move it): the action needs the lookup's result, so no two sub-tasks are independent.",
  },
  {
    benchmark: "swe-bench-verified",
    label: "SWE-bench Verified",
    printed: ["SWE-bench Verified", "SWE-bench Verified (20-task subset)"],
    tools: 7,
    toolsCode: null,
    toolsSource: `${KIM_NOT_CHECKED} (an example trace of the scaffold, Haseebae/agent-scaling @0ec18fa1, lists 7 tools)`,
    answers: rate("yes yes no no no"),
    rationale: SWE_RATIONALE,
  },
  {
    benchmark: "terminal-bench",
    label: "Terminal-Bench",
    printed: [],
    tools: 2,
    toolsCode: null,
    toolsSource: KIM_NOT_CHECKED,
    answers: rate("yes no"),
    rationale:
      "The steps (install, configure, build, test) form a chain through one shell session: each works on the state the previous ones left, so no two sub-tasks are independent.",
  },
];

/** The other studies' benchmarks, in order of first appearance in data/study-runs.csv. */
export const OTHER_RATINGS: readonly BenchmarkRating[] = [
  {
    benchmark: "gpqa-diamond",
    label: "GPQA-Diamond",
    printed: ["GPQA-Diamond"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "hle-maths",
    label: "HLE-Maths",
    printed: ["HLE-Maths"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MATH_PROBLEM,
  },
  {
    benchmark: "swe-bench-lite",
    label: "SWE-bench Lite",
    printed: ["SWE-Bench Lite"],
    tools: null,
    toolsCode: null,
    toolsSource: "not printed: the Illusion paper's SWE-Bench Lite harness has a small tool set whose size it does not state (external README)",
    answers: rate("yes yes no no no"),
    rationale: `As SWE-bench Verified. ${SWE_RATIONALE}`,
  },
  {
    benchmark: "smfr",
    label: "SMFR (Synthetic Multi-Hop Financial Reasoning)",
    printed: ["SMFR"],
    tools: 0,
    toolsCode: null,
    toolsSource: "tool-free: the stock-price haystack is in the prompt (Illusion Sec. 3.3; external README T = 0)",
    answers: rate("yes yes yes yes yes"),
    rationale:
      "Each investor's extraction and profit-and-loss chain is independent of the others (Illusion Sec. 3.3: parallelizable per investor) and is most of the work; the price haystack is read only; the winner is picked by sorting the qualifying dates.",
  },
  {
    benchmark: "widesearch",
    label: "WideSearch",
    printed: ["WideSearch"],
    tools: 2,
    toolsCode: null,
    toolsSource: "WideSearch Table 2 setting (source header): a search tool (Bing API) and a web page reader",
    answers: rate("yes yes yes yes yes"),
    rationale:
      "A task asks for a table of many entities and their attributes; each row is found by its own searches on read-only web pages, independently of the others; the results are joined by listing them in the table.",
  },
  {
    benchmark: "arithmetics",
    label: "Arithmetics",
    printed: ["Arithmetics"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "One expression of a few two-digit numbers; its parts are single calculations.",
  },
  { benchmark: "gsm8k", label: "GSM8K", printed: ["GSM8K"], tools: 0, toolsCode: null, toolsSource: TOOL_FREE, answers: rate("no"), rationale: MATH_PROBLEM },
  {
    benchmark: "mmlu-professional-medicine",
    label: "MMLU (Professional Medicine)",
    printed: ["MMLU (Pro.Med.)"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "mmlu-formal-logic",
    label: "MMLU (Formal Logic)",
    printed: ["MMLU (Form.Log.)"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "hellaswag",
    label: "HellaSwag",
    printed: ["HellaSwag"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "commonsenseqa",
    label: "CommonSenseQA",
    printed: ["CommonSenseQA"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "hh-rlhf",
    label: "HH-RLHF",
    printed: ["HH-RLHF"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "Pick the better of two responses: one judgement.",
  },
  {
    benchmark: "arc-easy",
    label: "ARC-Easy",
    printed: ["ARC-E"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "arc-challenge",
    label: "ARC-Challenge",
    printed: ["ARC-C"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "medqa",
    label: "MedQA",
    printed: ["MedQA"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "mbpp-plus",
    label: "MBPP+",
    printed: ["MBPP+"],
    tools: 0,
    toolsCode: null,
    toolsSource: CODE_TESTS,
    answers: rate("no"),
    rationale: ONE_FUNCTION,
  },
  {
    benchmark: "humaneval-plus",
    label: "HumanEval+",
    printed: ["HumanEval+"],
    tools: 0,
    toolsCode: null,
    toolsSource: CODE_TESTS,
    answers: rate("no"),
    rationale: ONE_FUNCTION,
  },
  {
    benchmark: "aime-2024",
    label: "AIME 2024",
    printed: ["AIME24"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MATH_PROBLEM,
  },
  {
    benchmark: "aime-2025",
    label: "AIME 2025",
    printed: ["AIME25"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MATH_PROBLEM,
  },
  { benchmark: "math", label: "MATH", printed: ["MATH"], tools: 0, toolsCode: null, toolsSource: TOOL_FREE, answers: rate("no"), rationale: MATH_PROBLEM },
  {
    benchmark: "drop",
    label: "DROP",
    printed: ["DROP"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "Each question is about one given passage: its numbers are facts in that short passage and the calculation is a single step.",
  },
  {
    benchmark: "hotpotqa",
    label: "HotpotQA",
    printed: ["HotpotQA"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("yes no"),
    rationale: BRIDGE,
  },
  {
    benchmark: "musique",
    label: "MuSiQue",
    printed: ["MuSiQue"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("yes no"),
    rationale: BRIDGE,
  },
  {
    benchmark: "2wikimultihopqa",
    label: "2WikiMultihopQA",
    printed: ["2WikiMQA"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("yes no"),
    rationale: `${BRIDGE} Its comparison questions (a large minority) look two facts up independently and would pass both gates.`,
  },
  { benchmark: "mbpp", label: "MBPP", printed: ["MBPP"], tools: 0, toolsCode: null, toolsSource: CODE_TESTS, answers: rate("no"), rationale: ONE_FUNCTION },
  {
    benchmark: "humaneval",
    label: "HumanEval",
    printed: ["HumanEval"],
    tools: 0,
    toolsCode: null,
    toolsSource: CODE_TESTS,
    answers: rate("no"),
    rationale: ONE_FUNCTION,
  },
  {
    benchmark: "livecodebench-test-output",
    label: "LiveCodeBench (test output prediction)",
    printed: ["LiveCodeBench (test-output-prediction)"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "Predict one program's output for one input by tracing it step by step.",
  },
  {
    benchmark: "multiarith",
    label: "MultiArith",
    printed: ["MultiArith"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MATH_PROBLEM,
  },
  {
    benchmark: "gsm-hard",
    label: "GSM-Hard",
    printed: ["GSM-Hard"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MATH_PROBLEM,
  },
  {
    benchmark: "mmlu-pro",
    label: "MMLU-Pro",
    printed: ["MMLU-Pro"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: MULTIPLE_CHOICE,
  },
  {
    benchmark: "srdd",
    label: "SRDD (software from requirements)",
    printed: ["SRDD"],
    tools: 0,
    toolsCode: null,
    toolsSource: "no external tools: the answer is software scored for quality (external README T = 0)",
    answers: rate("yes yes no no no"),
    rationale:
      "Separate features or files can be written in parallel, but design, integration and testing form a dependent chain over one code base that is most of the work, and integrating the parts is reasoning.",
  },
  {
    benchmark: "commongen-hard",
    label: "CommonGen-Hard",
    printed: ["CommonGen-Hard"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "One coherent text that must use all the given concepts; the concepts are not separate sub-tasks.",
  },
  {
    benchmark: "fed",
    label: "FED (dialogue responses)",
    printed: ["FED (conversation)"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "One dialogue response, scored for quality.",
  },
  {
    benchmark: "commongen-challenge",
    label: "CommonGen-Challenge",
    printed: ["Commongen-Challenge"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "One coherent text that must use all the given concepts; the concepts are not separate sub-tasks.",
  },
  { benchmark: "mgsm", label: "MGSM", printed: ["MGSM"], tools: 0, toolsCode: null, toolsSource: TOOL_FREE, answers: rate("no"), rationale: MATH_PROBLEM },
  {
    benchmark: "logic-grid-puzzles",
    label: "Logic Grid Puzzles",
    printed: ["Logic Grid Puzzles"],
    tools: 0,
    toolsCode: null,
    toolsSource: TOOL_FREE,
    answers: rate("no"),
    rationale: "The clues constrain each other: the solution is one chain of deductions.",
  },
  {
    benchmark: "agentverse-tool-use",
    label: "AgentVerse tool-use tasks",
    printed: ["AgentVerse tool-use tasks (10)"],
    tools: 4,
    toolsCode: null,
    toolsSource: "AgentVerse source header: Bing search, web browser, code interpreter, task APIs (external README T = 4)",
    answers: rate("yes yes yes yes yes"),
    rationale:
      "Rated from the one task stored in OpenBMB/AgentVerse data/tool_using/test.json @84a5c053 (plan a cinema date on a fine day): the forecast and the film listings are looked up independently, the lookups are most of the work, nothing shared changes, and the plan picks a fine day with a showing. The other nine tasks are not in the stored material.",
  },
  {
    benchmark: "benchagent-10-set-average",
    label: "BenchAgent 10-set balanced average",
    printed: ["10-benchmark balanced average"],
    tools: 0,
    toolsCode: null,
    toolsSource: "ten tool-free sets (BenchAgent source header; external README T = 0)",
    answers: rate("no"),
    rationale:
      "An average over ten tool-free sets (MATH, AIME, GSM8K, DROP, BBH, MMLU-Pro, HumanEval, MBPP, HotpotQA, IFEval): each task is one question, problem or function, so the typical task has no sub-task worth a separate agent.",
  },
];
