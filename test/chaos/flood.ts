/**
 * The sandbox's flood: each chat's messages sent one after another (the control API
 * answers once the world has the message, so a chat's order is the order sent), all
 * chats at once.
 */
import { author, type Bot, destinations, type PlannedChat, textOf } from "./plan.ts";
import type { SandboxProcess } from "./processes.ts";

export class Flood {
  /** Messages sent so far (a private chat's message counts once, though each bot gets its own). */
  sent = 0;

  constructor(
    private readonly sandbox: SandboxProcess,
    private readonly bots: readonly Bot[],
    private readonly users: readonly number[],
    private readonly chats: readonly PlannedChat[],
  ) {}

  /** The flood waits while `sent` is at this point (a fault about to fire there). */
  barrier: () => number = () => Infinity;

  /** Sends messages `from(chat)` up to, not including, `to(chat)` of every chat. */
  async send(from: (chat: PlannedChat) => number, to: (chat: PlannedChat) => number): Promise<void> {
    await Promise.all(
      this.chats.map(async (chat) => {
        const targets = destinations(chat, this.bots);
        for (let n = from(chat); n < to(chat); n++) {
          while (this.sent >= this.barrier()) await Bun.sleep(1);
          const { id, userIndex } = author(chat, this.users, n);
          const text = textOf(userIndex, chat.index, n);
          await Promise.all(targets.map((chat_id) => this.sandbox.control("/control/messages", { from: id, chat_id, text })));
          this.sent++;
        }
      }),
    );
  }
}
