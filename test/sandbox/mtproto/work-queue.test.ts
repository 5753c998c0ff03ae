import { expect, test } from "bun:test";
import { WorkQueue } from "../../../src/sandbox/mtproto/work-queue.ts";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

test("runs tasks in order, a container's parts before later packets, a few per turn", async () => {
  const ran: string[] = [];
  const queue = new WorkQueue(2, (e) => {
    throw e;
  });
  queue.push(() => {
    ran.push("packet 1");
    queue.runFirst([() => ran.push("1.a"), () => ran.push("1.b"), () => ran.push("1.c")]);
  });
  queue.push(() => ran.push("packet 2"));
  expect(ran).toEqual(["packet 1", "1.a"]);
  await nextTurn();
  expect(ran).toEqual(["packet 1", "1.a", "1.b", "1.c"]);
  queue.push(() => ran.push("packet 3"));
  expect(ran).toEqual(["packet 1", "1.a", "1.b", "1.c"]);
  await nextTurn();
  expect(ran).toEqual(["packet 1", "1.a", "1.b", "1.c", "packet 2", "packet 3"]);
});

test("a failing task drops the rest and reports the error once", async () => {
  const errors: unknown[] = [];
  const ran: number[] = [];
  const queue = new WorkQueue(8, (e) => errors.push(e));
  queue.push(() => {
    queue.runFirst([() => ran.push(1), () => {
      throw new Error("bad");
    }, () => ran.push(3)]);
  });
  await nextTurn();
  expect(ran).toEqual([1]);
  expect(errors.map((e) => (e as Error).message)).toEqual(["bad"]);
});
