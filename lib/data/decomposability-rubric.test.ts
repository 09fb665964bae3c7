import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decomposabilityScore, RUBRIC_QUESTION_IDS, RUBRIC_QUESTIONS, rubricProblems, type RubricAnswers } from "./decomposability-rubric";

const answers = (split: boolean, independent: boolean | null, ...others: (boolean | null)[]): RubricAnswers => ({
  split,
  independent,
  mostWork: others[0] ?? null,
  noSharedState: others[1] ?? null,
  simpleJoin: others[2] ?? null,
});

describe("decomposabilityScore", () => {
  test("the documented example", () => {
    assert.equal(decomposabilityScore({ split: true, independent: true, mostWork: true, noSharedState: true, simpleJoin: false }), 0.75);
  });

  test("a no to either gate gives 0", () => {
    assert.equal(decomposabilityScore(answers(false, null)), 0);
    assert.equal(decomposabilityScore(answers(true, false)), 0);
  });

  test("after both gates, each yes adds a quarter to the base quarter", () => {
    assert.equal(decomposabilityScore(answers(true, true, false, false, false)), 0.25);
    assert.equal(decomposabilityScore(answers(true, true, false, true, false)), 0.5);
    assert.equal(decomposabilityScore(answers(true, true, true, false, true)), 0.75);
    assert.equal(decomposabilityScore(answers(true, true, true, true, true)), 1);
  });

  test("throws instead of guessing when an asked question is unanswered", () => {
    assert.throws(() => decomposabilityScore(answers(true, true, true, null, true)), /"noSharedState" must be answered/);
    assert.throws(() => decomposabilityScore(answers(true, null)), /"independent" must be answered/);
  });

  test("throws when a question after a failed gate carries an answer", () => {
    assert.throws(() => decomposabilityScore(answers(false, null, true, true, true)), /"mostWork" is not asked/);
  });
});

describe("rubricProblems", () => {
  test("the documented example is consistent", () => {
    assert.deepEqual(rubricProblems({ split: false, independent: null, mostWork: null, noSharedState: null, simpleJoin: null }), []);
  });

  test("lists every problem", () => {
    assert.deepEqual(rubricProblems(answers(true, false, true, null, null)), [
      { question: "mostWork", message: '"mostWork" is not asked after a no to a gate question and must be blank' },
    ]);
    assert.equal(rubricProblems(answers(true, true)).length, 3);
  });
});

describe("the rubric as data", () => {
  test("one question per id, in order, each with its own benchmarks.csv column", () => {
    assert.deepEqual(RUBRIC_QUESTIONS.map((q) => q.id), [...RUBRIC_QUESTION_IDS]);
    assert.equal(new Set(RUBRIC_QUESTIONS.map((q) => q.column)).size, RUBRIC_QUESTIONS.length);
    for (const q of RUBRIC_QUESTIONS) assert.match(q.column, /^rubric_[a-z_]+$/);
  });

  test("the gates come first, so a no ends the questionnaire", () => {
    const firstOther = RUBRIC_QUESTIONS.findIndex((q) => !q.gate);
    assert.ok(RUBRIC_QUESTIONS.slice(firstOther).every((q) => !q.gate));
  });
});
