import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { agentCountSd, atAgents, gainAtAgents, gainScale, overheadAt, PEAK_AGENTS, turnsAt } from "./agent-count-rule";

const close = (a: number, b: number, tolerance = 1e-9) => assert.ok(Math.abs(a - b) <= tolerance, `${a} vs ${b}`);

describe("the agent-count rule", () => {
  test("uses the paper's turn law: turns(n) = 2.72 (n + 0.5)^1.724 (hand-computed)", () => {
    // turns(1) = 2.72 · 1.5^1.724 = 2.72 · e^(1.724 · 0.405465) = 2.72 · e^0.699022 = 2.72 · 2.011784 = 5.472052
    close(turnsAt(1), 5.472052, 1e-6);
    // turns(4) = 2.72 · 4.5^1.724 = 2.72 · e^(1.724 · 1.504077) = 2.72 · e^2.593029 = 2.72 · 13.370214 = 36.366983
    close(turnsAt(4), 36.366983, 1e-6);
    // o(4) = turns(4) / turns(1) - 1 = 3^1.724 - 1 = e^(1.724 · 1.098612) - 1 = 6.645950 - 1 = 5.645950
    close(overheadAt(4), 5.64595, 1e-6);
    close(overheadAt(1), 0);
  });

  test("scales a helpful gain by the log-minus-overhead curve that peaks at 6 agents (hand-computed)", () => {
    // Peak condition a / n* = b o'(n*) at n* = 6, with o'(n) = (1.724 / 1.5) ((n + 0.5) / 1.5)^0.724:
    // a / b = 6 · 1.149333 · (6.5 / 1.5)^0.724 = 6 · 1.149333 · 2.891074 = 19.936846.
    // shape(n) = 19.936846 ln n - o(n), with o(n) = ((n + 0.5) / 1.5)^1.724 - 1:
    //   shape(4) = 19.936846 · 1.386294 - 5.645950 = 21.992387
    //   shape(6) = 19.936846 · 1.791759 - 11.527987 = 24.194045  ->  c(6) = 24.194045 / 21.992387 = 1.100110
    //   shape(12) = 19.936846 · 2.484907 - 37.680451 = 11.860750  ->  c(12) = 0.539312
    close(gainScale(0.1, 4, 6), 1.10011, 1e-6);
    close(gainAtAgents(0.1, 4, 6), 0.110011, 1e-7);
    close(gainScale(0.1, 4, 12), 0.539312, 1e-6);
  });

  test("scales a harmful gain by log(1 + o(n)) (hand-computed)", () => {
    // 1 + o(n) = ((n + 0.5) / 1.5)^1.724, so c = ln((n + 0.5) / 1.5) / ln((m + 0.5) / 1.5): the exponent cancels.
    // n = 16, m = 3: ln(11) / ln(7/3) = 2.397895 / 0.847298 = 2.830050
    close(gainScale(-0.2, 3, 16), 2.83005, 1e-6);
    close(gainAtAgents(-0.2, 3, 16), -0.56601, 1e-6);
    // n = 12, m = 4: ln(25/3) / ln(3) = 2.120264 / 1.098612 = 1.929947
    close(gainScale(-0.1, 4, 12), 1.929947, 1e-6);
  });

  test("adds 0.05 per doubling plus half the largest predicted change as SD (hand-computed)", () => {
    // 4 -> 8 agents: one doubling, 0.05. Along the way c(5) = 1.077378, c(6) = 1.100110, c(7) < c(6),
    // c(8) = 22.562828 / 21.992387 = 1.025938: the largest change is at the peak, 0.1 · 0.100110 = 0.0100110.
    // SD = 0.05 + 0.5 · 0.0100110 = 0.0550055
    close(agentCountSd(0.1, 4, 8), 0.0550055, 1e-7);
  });

  test("reproduces the measured point exactly, and gives the single agent's level at one agent", () => {
    for (const gain of [0.2, 0.01, 0, -0.05, -0.3]) {
      for (const measured of [3, 4]) {
        close(gainAtAgents(gain, measured, measured), gain);
        close(gainAtAgents(gain, measured, 1), 0);
        close(agentCountSd(gain, measured, measured), 0);
      }
    }
  });

  test("a helpful architecture peaks at PEAK_AGENTS and declines after", () => {
    const curve = Array.from({ length: 16 }, (_, i) => gainAtAgents(0.1, 4, i + 1));
    const peak = curve.indexOf(Math.max(...curve)) + 1;
    assert.equal(peak, PEAK_AGENTS);
    assert.ok((curve[15] ?? 0) < (curve[PEAK_AGENTS - 1] ?? 0));
  });

  test("a harmful architecture loses more with every added agent", () => {
    const curve = Array.from({ length: 15 }, (_, i) => gainAtAgents(-0.2, 3, i + 2));
    curve.slice(1).forEach((g, i) => assert.ok(g < (curve[i] ?? 0), `gain at ${i + 3} agents should be below ${i + 2}`));
  });

  test("is continuous in the measured gain around zero: a small gain of either sign stays small", () => {
    // The two shapes differ (c(12) = 0.539312 helpful, 1.929947 harmful, hand-computed above), but each
    // multiplies the gain, so a gain of ±0.001 moves 12 agents by at most 0.002.
    close(gainAtAgents(1e-3, 4, 12), 1e-3 * 0.539312, 1e-9);
    close(gainAtAgents(-1e-3, 4, 12), -1e-3 * 1.929947, 1e-9);
    close(gainAtAgents(0, 4, 12), 0);
  });

  test("its uncertainty widens with distance from the measured count", () => {
    const sds = [4, 5, 6, 8, 12, 16].map((n) => agentCountSd(0.1, 4, n));
    sds.slice(1).forEach((sd, i) => assert.ok(sd > (sds[i] ?? 0), `SD at step ${i + 1} should grow`));
    const down = [4, 3, 2].map((n) => agentCountSd(-0.1, 4, n));
    assert.ok((down[2] ?? 0) > (down[1] ?? 0) && (down[1] ?? 0) > 0);
  });

  test("the rule's SD never shrinks with distance, even where the curve returns past its peak", () => {
    for (const [gain, measured] of [
      [0.5, 3],
      [0.2, 3],
      [0.1, 4],
      [-0.3, 3],
    ] as const) {
      const sds = Array.from({ length: 16 - measured }, (_, i) => agentCountSd(gain, measured, measured + 1 + i));
      sds.slice(1).forEach((sd, i) => assert.ok(sd >= (sds[i] ?? 0), `gain ${gain}: SD at ${measured + i + 2} below ${measured + i + 1}`));
    }
  });

  test("atAgents scales the gain's uncertainty with the gain (hand-computed)", () => {
    // Exact single level (Var S = 0), Var M = 0.01, 4 -> 6 agents: c(5) = 1.077378, c(6) = 1.100110.
    // mean = 0.4 + 1.100110 · 0.1 = 0.510011
    // variance = largest c² Var M on the path = 1.100110² · 0.01 = 0.0121024
    // rule SD = 0.05 · log2(6/4) + 0.5 · 0.1 · 0.100110 = 0.05 · 0.584963 + 0.0050055 = 0.0342536
    // sd = sqrt(0.0121024 + 0.0342536²) = sqrt(0.0121024 + 0.0011733) = sqrt(0.0132757) = 0.115220
    const at6 = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6);
    close(at6.mean, 0.510011, 1e-6);
    close(at6.sd, 0.11522, 1e-6);
    // Toward fewer agents c < 1 (c(3) = 0.845461, c(2) = 12.406669 / 21.992387 = 0.564135), but the variance
    // keeps its measured-count value 0.01: it never shrinks.
    // mean = 0.4 + 0.564135 · 0.1 = 0.456413; rule SD = 0.05 · 1 + 0.5 · 0.1 · (1 - 0.564135) = 0.0717933
    // sd = sqrt(0.01 + 0.0717933²) = sqrt(0.01 + 0.0051543) = sqrt(0.0151543) = 0.123103
    const at2 = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 2);
    close(at2.mean, 0.456413, 1e-6);
    close(at2.sd, 0.123103, 1e-6);
    // Fully correlated single and multi levels with equal variance: v(c) = 0.04 ((1 - c) + c)² = 0.04 at every c,
    // so the gain carries no variance of its own. 4 -> 12 agents: rule SD = 0.05 · log2(3) + 0.5 · 0.1 · max(0.100110,
    // 1 - 0.539312) = 0.0792481 + 0.0230344 = 0.1022825; sd = sqrt(0.04 + 0.1022825²) = sqrt(0.0504617) = 0.224637
    const correlated = atAgents({ mean: 0.4, variance: 0.04 }, { mean: 0.5, variance: 0.04 }, 0.04, 4, 12);
    close(correlated.sd, 0.224637, 1e-6);
    // At the measured count the measured prediction comes back unchanged.
    const same = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 4);
    close(same.mean, 0.5);
    close(same.sd, 0.1);
  });
});
