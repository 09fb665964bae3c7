import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { agentCountSd, atAgents, gainAtAgents, gainScale, overheadAt, PEAK_AGENTS, turnsAt } from "./agent-count";

const close = (a: number, b: number, tolerance = 1e-9) => assert.ok(Math.abs(a - b) <= tolerance, `${a} vs ${b}`);

describe("the agent-count rule", () => {
  test("uses the paper's turn law: turns(n) = 2.72 (n + 0.5)^1.724 (hand-computed at n = 4)", () => {
    close(turnsAt(4), 2.72 * 4.5 ** 1.724);
    close(overheadAt(1), 0);
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

  test("is continuous in the measured gain around zero", () => {
    close(gainAtAgents(1e-9, 4, 12), gainAtAgents(-1e-9, 4, 12), 1e-7);
  });

  test("its uncertainty widens with distance from the measured count", () => {
    const sds = [4, 5, 6, 8, 12, 16].map((n) => agentCountSd(0.1, 4, n));
    sds.slice(1).forEach((sd, i) => assert.ok(sd > (sds[i] ?? 0), `SD at step ${i + 1} should grow`));
    const down = [4, 3, 2].map((n) => agentCountSd(-0.1, 4, n));
    assert.ok((down[2] ?? 0) > (down[1] ?? 0) && (down[1] ?? 0) > 0);
  });

  test("the rule's SD never shrinks with distance, even where the curve returns past its peak", () => {
    for (const [gain, measured] of [[0.5, 3], [0.2, 3], [0.1, 4], [-0.3, 3]] as const) {
      const sds = Array.from({ length: 16 - measured }, (_, i) => agentCountSd(gain, measured, measured + 1 + i));
      sds.slice(1).forEach((sd, i) => assert.ok(sd >= (sds[i] ?? 0), `gain ${gain}: SD at ${measured + i + 2} below ${measured + i + 1}`));
    }
  });

  test("atAgents scales the gain's uncertainty with the gain (hand-computed)", () => {
    // Exact single level: Var = max over the path of c² Var M, + rule²; c = gainScale peaks at 6 agents.
    const c = gainScale(0.1, 4, 6);
    const at6 = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 6);
    close(at6.mean, 0.4 + c * 0.1);
    close(at6.sd, Math.sqrt(c * c * 0.01 + agentCountSd(0.1, 4, 6) ** 2));
    // Toward fewer agents c < 1, but the variance keeps its measured-count value: it never shrinks.
    const at2 = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 2);
    close(at2.sd, Math.sqrt(0.01 + agentCountSd(0.1, 4, 2) ** 2));
    // Fully correlated single and multi levels with equal variance: the gain carries no variance of its own.
    const correlated = atAgents({ mean: 0.4, variance: 0.04 }, { mean: 0.5, variance: 0.04 }, 0.04, 4, 12);
    close(correlated.sd, Math.sqrt(0.04 + agentCountSd(0.1, 4, 12) ** 2));
    const same = atAgents({ mean: 0.4, variance: 0 }, { mean: 0.5, variance: 0.01 }, 0, 4, 4);
    close(same.mean, 0.5);
    close(same.sd, 0.1);
  });
});
