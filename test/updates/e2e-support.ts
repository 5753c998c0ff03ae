/** Reading a bot's update stream in the end-to-end update tests. */
import { expect } from "bun:test";
import { expectBotApi } from "../support/botapi-schema.ts";
import type { TestWorld } from "../support/gateway.ts";

export type BotUpdate = { update_id: number } & Record<string, any>;

/** A reader that confirms what it read, so each call sees only new updates. */
export function reader(world: TestWorld, token: string) {
  let offset = 0;
  const all: BotUpdate[] = [];
  return {
    all,
    /** Long-polls until `until` holds for the updates read so far; every update is checked against the spec. */
    async until(done: (read: BotUpdate[]) => boolean): Promise<BotUpdate[]> {
      const read: BotUpdate[] = [];
      while (!done(read)) {
        const batch = await world.ok<BotUpdate[]>(token, "getUpdates", { offset, timeout: 20, allowed_updates: ALL_TYPES });
        for (const update of batch) {
          expectBotApi("Update", update);
          offset = update.update_id + 1;
          read.push(update);
          all.push(update);
        }
      }
      return read;
    },
    /** Reads `count` updates. */
    take(count: number) {
      return this.until((read) => read.length >= count);
    },
  };
}

export const ALL_TYPES = [
  "message", "edited_message", "channel_post", "edited_channel_post", "callback_query", "inline_query",
  "chosen_inline_result", "my_chat_member", "chat_member", "message_reaction", "message_reaction_count",
  "chat_join_request", "poll", "poll_answer", "chat_boost", "removed_chat_boost",
];

/** The text of a message-like update, whatever its kind. */
export const textOf = (u: BotUpdate): string | undefined =>
  (u.message ?? u.edited_message ?? u.channel_post ?? u.edited_channel_post)?.text;

export function expectIncreasing(updates: readonly BotUpdate[]): void {
  for (let i = 1; i < updates.length; i++) expect(updates[i]!.update_id).toBeGreaterThan(updates[i - 1]!.update_id);
}

/** Sends texts from `from` to `chatId` one after another (the control API answers when the world has them). */
export async function sendTexts(world: TestWorld, from: number, chatId: number, texts: readonly string[]): Promise<void> {
  for (const text of texts) await world.control("/control/messages", { from, chat_id: chatId, text });
}

/** A new bot that has opened its update stream for every type, and a user, Ann, to talk to it. */
export async function openBot(world: TestWorld) {
  const bot = await world.createBot();
  const ann = await world.createUser("Ann");
  expect(await world.ok(bot.token, "getUpdates", { timeout: 0, allowed_updates: ALL_TYPES })).toEqual([]);
  return { bot, ann, read: reader(world, bot.token) };
}

/** Runs a TL method as a user of the world, through the control API. */
export const actAs = (world: TestWorld) => (as: number, method: string, params: Record<string, unknown>) =>
  world.control("/control/act", { as, method, params });
