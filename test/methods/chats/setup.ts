/** Chats for the chat-method tests: a creator, members and the bot, reachable by the bot. */
import type { TestWorld } from "../../support/gateway.ts";

export interface TestChat {
  chatId: number;
  creator: number;
  members: number[];
  bot: { id: number; token: string };
}

let serial = 0;

/**
 * Creates a chat with the bot in it (an admin unless `botAdmin` is false). Supergroups
 * and channels are public so the bot can reach them by @username, as a bot first
 * learns of a chat it never had an update from.
 */
export async function makeChat(
  world: TestWorld,
  type: "group" | "supergroup" | "channel",
  options: { botAdmin?: boolean; members?: number } = {},
): Promise<TestChat> {
  const bot = await world.createBot();
  const creator = await world.createUser("Owner");
  const members = [];
  for (let i = 0; i < (options.members ?? 2); i++) members.push((await world.createUser(`Member${i}`)).id);
  const admin = options.botAdmin ?? true;
  const username = type === "group" ? undefined : `chat${++serial}x${Date.now() % 1_000_000}`;
  const { chat_id } = await world.control("/control/chats", {
    type,
    title: `Test ${type}`,
    creator: creator.id,
    members: admin ? members : [...members, bot.id],
    admins: admin ? [bot.id] : [],
    ...(username ? { username } : {}),
  });
  if (username) await world.ok(bot.token, "getChat", { chat_id: `@${username}` });
  return { chatId: chat_id, creator: creator.id, members, bot };
}

/** The owner gives the bot every admin right, adding admins included (supergroups and channels). */
export async function grantAllRights(world: TestWorld, chat: TestChat): Promise<void> {
  const admin_rights = {
    _: "ChatAdminRights", change_info: true, post_messages: true, edit_messages: true, delete_messages: true,
    ban_users: true, invite_users: true, pin_messages: true, add_admins: true, manage_call: true, other: true,
  };
  await world.control("/control/act", {
    as: chat.creator,
    method: "channels.editAdmin",
    params: { channel: chat.chatId, user_id: chat.bot.id, admin_rights, rank: "" },
  });
}

/** The chat as the control API shows it to `as`. */
export function viewChat(world: TestWorld, chatId: number, as: number) {
  return world.control(`/control/chats/${chatId}?as=${as}`);
}

export function memberOf(view: { members: { user_id: number; status: string }[] }, userId: number) {
  return view.members.find((m) => m.user_id === userId);
}
