/**
 * The messages of one connection, run in the order received, a few per event-loop turn.
 * Answers leave in a microtask after the synchronous work that made them, so a container
 * of 50 calls run in one go held the first answer until the fiftieth call was done, and
 * the client sat idle meanwhile (its next container queued behind the whole batch).
 * Yielding every few messages lets answers go out while the rest is still being worked on.
 */
export class WorkQueue {
  private tasks: (() => void)[] = [];
  private running = false;
  private scheduled = false;

  constructor(
    private readonly perTurn: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Runs `task` after everything queued, at once when nothing is. */
  push(task: () => void): void {
    this.tasks.push(task);
    if (!this.running && !this.scheduled) this.run();
  }

  /** Runs `tasks` (in order) before anything queued: the parts of the task now running. */
  runFirst(tasks: (() => void)[]): void {
    this.tasks.unshift(...tasks);
  }

  private run(): void {
    this.running = true;
    try {
      for (let done = 0; done < this.perTurn && this.tasks.length > 0; done++) this.tasks.shift()!();
    } catch (e) {
      this.tasks = [];
      this.onError(e);
    } finally {
      this.running = false;
    }
    if (this.tasks.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.run();
    });
  }
}
