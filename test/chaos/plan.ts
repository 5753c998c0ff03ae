/**
 * The world of the chaos test and what is sent in it: 20 users in 5 chats (two private
 * chats, a group, a supergroup, a channel) with the bots as admins, and each chat's
 * messages, named `u<user>-c<chat>-<n>` so every delivery says what it is.
 */
import type { SandboxProcess } from "./processes.ts";

export interface Bot {
  readonly id: number;
  readonly token: string;
}

export interface PlannedChat {
  readonly index: number;
  readonly type: "private" | "group" | "supergroup" | "channel";
  /** The users who write in it, in turn. */
  readonly writers: readonly number[];
  /** The chat as each bot's updates name it (a private chat is the user's id), by bot id. */
  readonly chatIdFor: ReadonlyMap<number, number>;
  /** How many messages the chat gets; the last one is sent only when the chaos is over. */
  readonly count: number;
}

export const USERS = 20;
const CHAT_TYPES = ["private", "private", "group", "supergroup", "channel"] as const;
/** Users 0 and 1 own the private chats; the other 18 share the three group chats. */
const WRITERS: readonly (readonly number[])[] = [[0], [1], [2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13], [14, 15, 16, 17, 18, 19]];

export const textOf = (user: number, chat: number, n: number) => `u${user}-c${chat}-${n}`;

/** `u<user>-c<chat>-<n>` back into its numbers, or undefined for any other text. */
export function parseText(text: unknown): { user: number; chat: number; n: number } | undefined {
  const match = typeof text === "string" ? /^u(\d+)-c(\d+)-(\d+)$/.exec(text) : null;
  return match ? { user: Number(match[1]), chat: Number(match[2]), n: Number(match[3]) } : undefined;
}

/** Creates the users and the chats (every bot an admin of each group chat); `total` messages split over the chats. */
export async function buildWorld(sandbox: SandboxProcess, bots: readonly Bot[], total: number): Promise<{ users: number[]; chats: PlannedChat[] }> {
  const users: number[] = [];
  for (let i = 0; i < USERS; i++) users.push((await sandbox.control("/control/users", { first_name: `User ${i}` })).id);
  const botIds = bots.map((b) => b.id);
  const chats: PlannedChat[] = [];
  for (const [index, type] of CHAT_TYPES.entries()) {
    const writers = WRITERS[index]!.map((u) => users[u]!);
    const count = Math.floor(total / CHAT_TYPES.length) + (index < total % CHAT_TYPES.length ? 1 : 0);
    if (type === "private") {
      chats.push({ index, type, writers, count, chatIdFor: new Map(botIds.map((id) => [id, writers[0]!])) });
      continue;
    }
    const [creator, ...rest] = writers;
    // In a channel only admins post; in the groups the bots are admins so they see every message.
    const admins = type === "channel" ? [...botIds, ...rest] : botIds;
    const { chat_id } = await sandbox.control("/control/chats", { type, title: `Chaos ${type}`, creator, members: [...botIds, ...rest], admins });
    chats.push({ index, type, writers, count, chatIdFor: new Map(botIds.map((id) => [id, chat_id])) });
  }
  return { users, chats };
}

/** Where each message of a chat goes: one send per bot in a private chat, one for all in a group chat. */
export function destinations(chat: PlannedChat, bots: readonly Bot[]): number[] {
  return chat.type === "private" ? bots.map((b) => b.id) : [chat.chatIdFor.get(bots[0]!.id)!];
}

/** The message's author: the chat's writers take turns; `userIndex` is its number among the 20. */
export function author(chat: PlannedChat, users: readonly number[], n: number): { id: number; userIndex: number } {
  const id = chat.writers[n % chat.writers.length]!;
  return { id, userIndex: users.indexOf(id) };
}

/** Every message `bot` must receive, by text. */
export function expectedFor(bot: Bot, chats: readonly PlannedChat[], users: readonly number[]): Map<string, { chat: number; chatId: number; n: number }> {
  const expected = new Map<string, { chat: number; chatId: number; n: number }>();
  for (const chat of chats) {
    for (let n = 0; n < chat.count; n++) {
      expected.set(textOf(author(chat, users, n).userIndex, chat.index, n), { chat: chat.index, chatId: chat.chatIdFor.get(bot.id)!, n });
    }
  }
  return expected;
}
