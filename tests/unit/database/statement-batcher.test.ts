import { describe, expect, it } from "vitest";
import { rowsInOrder, statementBatcher } from "@/app/_server/database/statement-batcher";

// A statement runner whose statements finish when the test says so.
function fakeStatements() {
  const runs: { inputs: string[]; finish: () => void; fail: (error: Error) => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const run = (inputs: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const done = () => (running -= 1);
      runs.push({
        inputs,
        finish: () => (done(), resolve(inputs.map((input) => `${input}!`))),
        fail: (error) => (done(), reject(error)),
      });
    });
  return { run, runs, mostAtOnce: () => mostAtOnce };
}

// Lets every promise callback and the batcher's follow-up statements run (no timers involved).
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the statement batcher", () => {
  it("sends a call at once, alone, when no statement of its kind is running", async () => {
    const statements = fakeStatements();
    const submit = statementBatcher(statements.run, { maxInFlight: 2, maxBatch: 10 });
    const result = submit("a");
    expect(statements.runs.map((run) => run.inputs)).toEqual([["a"]]);
    statements.runs[0]!.finish();
    expect(await result).toBe("a!");
  });

  it("sends the calls that arrived while statements ran as one statement when one finishes", async () => {
    const statements = fakeStatements();
    const submit = statementBatcher(statements.run, { maxInFlight: 1, maxBatch: 10 });
    const results = ["a", "b", "c", "d"].map(submit);
    expect(statements.runs.map((run) => run.inputs)).toEqual([["a"]]);
    statements.runs[0]!.finish();
    await settle();
    expect(statements.runs.map((run) => run.inputs)).toEqual([["a"], ["b", "c", "d"]]);
    statements.runs[1]!.finish();
    expect(await Promise.all(results)).toEqual(["a!", "b!", "c!", "d!"]);
  });

  it("runs at most maxInFlight statements at once, each of at most maxBatch calls", async () => {
    const statements = fakeStatements();
    const submit = statementBatcher(statements.run, { maxInFlight: 2, maxBatch: 3 });
    const inputs = Array.from({ length: 20 }, (_, i) => `call ${i}`);
    const results = Promise.all(inputs.map(submit));
    while (statements.runs.some((run) => run.inputs.length > 0)) {
      const pending = statements.runs.splice(0);
      for (const run of pending) run.finish();
      await settle();
    }
    expect(await results).toEqual(inputs.map((input) => `${input}!`));
    expect(statements.mostAtOnce()).toBe(2);
  });

  it("runs each call of a failed statement again alone, so a bad call fails only itself", async () => {
    const statements = fakeStatements();
    const submit = statementBatcher(statements.run, { maxInFlight: 1, maxBatch: 10 });
    const first = submit("first");
    const good = submit("good");
    const bad = submit("bad");
    const badFailure = expect(bad).rejects.toThrow("duplicate key");
    statements.runs[0]!.finish();
    await settle();
    statements.runs[1]!.fail(new Error("duplicate key")); // the batch of good and bad
    await settle();
    const alone = statements.runs.slice(2);
    expect(alone.map((run) => run.inputs)).toEqual([["good"], ["bad"]]);
    alone[0]!.finish();
    alone[1]!.fail(new Error("duplicate key"));
    expect([await first, await good]).toEqual(["first!", "good!"]);
    await badFailure;
  });
});

describe("rowsInOrder", () => {
  it("puts each row at its request's index, and nothing where a request got no row", () => {
    const rows = [
      { i: 2, name: "c" },
      { i: 0, name: "a" },
    ];
    expect(rowsInOrder(rows, 3)).toEqual([{ i: 0, name: "a" }, undefined, { i: 2, name: "c" }]);
  });
});
