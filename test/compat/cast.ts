/**
 * The people and places of a compat test: a bot, Ann who talks to it privately and owns
 * the Club supergroup, Bob and Cat, members of the Club. The bot is an admin of the Club
 * with every right, adding admins included, as an owner would set it up for a
 * moderation bot.
 */
import type { TestWorld } from "../support/gateway.ts";

export interface Cast {
  bot: { id: number; token: string; username: string };
  ann: number;
  bob: number;
  cat: number;
  /** The Club supergroup's chat id. */
  club: number;
}

export async function castFor(world: TestWorld): Promise<Cast> {
  const bot = await world.createBot();
  const ann = (await world.createUser("Ann")).id;
  const bob = (await world.createUser("Bob")).id;
  const cat = (await world.createUser("Cat")).id;
  const { chat_id: club } = await world.control("/control/chats", {
    type: "supergroup",
    title: "Club",
    creator: ann,
    members: [bot.id, bob, cat],
    admins: [bot.id],
  });
  const admin_rights = {
    _: "ChatAdminRights", change_info: true, delete_messages: true, ban_users: true, invite_users: true,
    pin_messages: true, add_admins: true, manage_call: true, other: true,
  };
  await world.control("/control/act", {
    as: ann,
    method: "channels.editAdmin",
    params: { channel: club, user_id: bot.id, admin_rights, rank: "" },
  });
  return { bot, ann, bob, cat, club };
}

export interface Entity {
  type: string;
  offset: number;
  length: number;
  user?: { id: number };
}

/** `from` sends a text to `chatId`; returns its message id (as `from` numbers messages). */
export async function say(world: TestWorld, from: number, chatId: number, text: string, entities?: Entity[]): Promise<number> {
  const body = { from, chat_id: chatId, text, ...(entities ? { entities } : {}) };
  return (await world.control<{ message_id: number }>("/control/messages", body)).message_id;
}

/**
 * A command as a Telegram app sends it: with its bot_command entity, and the person it
 * names (if any) mentioned by name with a text_mention, as for a user without a username.
 */
export function command(name: string, rest: string | { id: number; name: string } = ""): { text: string; entities: Entity[] } {
  const head = `/${name}`;
  const entities: Entity[] = [{ type: "bot_command", offset: 0, length: head.length }];
  if (typeof rest === "string") return { text: rest ? `${head} ${rest}` : head, entities };
  entities.push({ type: "text_mention", offset: head.length + 1, length: rest.name.length, user: { id: rest.id } });
  return { text: `${head} ${rest.name}`, entities };
}

/** `from` presses a callback button of a message in `chatId`; returns the query's id. */
export async function press(world: TestWorld, from: number, chatId: number, messageId: number, data: string): Promise<string> {
  return (await world.control<{ id: string }>("/control/callback_queries", { from, chat_id: chatId, message_id: messageId, data })).id;
}

export interface MessageView {
  message_id: number;
  from: number;
  /** Absent on service messages. */
  text?: string;
  entities?: { type: string; offset: number; length: number }[];
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  edit_date?: number;
}

/** The newest messages of a chat as `as` sees them, newest first. */
export async function messagesOf(world: TestWorld, chatId: number, as: number, limit = 5): Promise<MessageView[]> {
  return (await world.control<{ messages: MessageView[] }>(`/control/chats/${chatId}/messages?as=${as}&limit=${limit}`)).messages;
}

export interface MemberView {
  user_id: number;
  status: string;
  rights?: Record<string, boolean>;
  restrictions?: Record<string, boolean | number>;
}

export interface ChatView {
  title: string;
  members: MemberView[];
  pinned_message_ids: number[];
}

export function chatOf(world: TestWorld, chatId: number, as: number): Promise<ChatView> {
  return world.control<ChatView>(`/control/chats/${chatId}?as=${as}`);
}
