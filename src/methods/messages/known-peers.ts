/**
 * The users and chats an account has seen in its method results. Telegram answers a
 * plain private message in short form (updateShortSentMessage: no users, no chats), and
 * the Bot API's Message still names the chat: as TDLib does from its own cache, the
 * chat's entity comes from here, fetched from Telegram once when it was never seen.
 */
import { Api } from "telegram";
import type { PeerRef } from "../../convert/chat-id.ts";
import { toNumber } from "../../convert/long.ts";
import type { PeerDirectory } from "../../convert/peers.ts";
import type { Account } from "../../telegram/account.ts";

interface Seen {
  users: Map<number, Api.User>;
  chats: Map<string, Api.TypeChat>;
}

const seen = new WeakMap<Account, Seen>();
const chatKey = (kind: "chat" | "channel", id: number) => `${kind}${id}`;

function of(account: Account): Seen {
  let entry = seen.get(account);
  if (!entry) {
    entry = { users: new Map(), chats: new Map() };
    seen.set(account, entry);
  }
  return entry;
}

/** Remembers the users and chats a TL result carries. */
export function learn(account: Account, result: unknown): void {
  if (typeof result !== "object" || result === null) return;
  const { users, chats } = result as { users?: unknown; chats?: unknown };
  const entry = of(account);
  for (const user of Array.isArray(users) ? users : []) {
    if (user instanceof Api.User && !user.min) entry.users.set(toNumber(user.id), user);
  }
  for (const chat of Array.isArray(chats) ? chats : []) {
    if (chat instanceof Api.Channel || chat instanceof Api.ChannelForbidden) entry.chats.set(chatKey("channel", toNumber(chat.id)), chat);
    else if (chat instanceof Api.Chat || chat instanceof Api.ChatForbidden) entry.chats.set(chatKey("chat", toNumber(chat.id)), chat);
  }
}

/** Fetches a peer never seen, so its name and type are known. Failures leave it unknown. */
async function fetchPeer(account: Account, ref: PeerRef): Promise<void> {
  const input = account.peers.inputPeerOf(ref);
  let result: unknown;
  try {
    if (input instanceof Api.InputPeerUser) {
      const users = await account.invoke(new Api.users.GetUsers({ id: [new Api.InputUser(input)] }));
      result = { users };
    } else if (input instanceof Api.InputPeerChannel) {
      result = await account.invoke(new Api.channels.GetChannels({ id: [new Api.InputChannel(input)] }));
    } else if (input instanceof Api.InputPeerChat) {
      result = await account.invoke(new Api.messages.GetChats({ id: [input.chatId] }));
    }
  } catch {
    return;
  }
  learn(account, result);
}

function has(entry: Seen, ref: PeerRef): boolean {
  return ref.kind === "user" ? entry.users.has(ref.id) : entry.chats.has(chatKey(ref.kind, ref.id));
}

/**
 * A directory over everything the account has seen, the users and chats of `results`
 * (the newest win) and the given peers (fetched when never seen).
 */
export async function directoryFor(account: Account, refs: readonly PeerRef[], ...results: unknown[]): Promise<PeerDirectory> {
  for (const result of results) learn(account, result);
  const entry = of(account);
  for (const ref of refs) {
    if (!(ref.kind === "user" && ref.id === account.id) && !has(entry, ref)) await fetchPeer(account, ref);
  }
  return {
    user: (id) => (id === account.id ? account.me : entry.users.get(id)),
    group: (id) => entry.chats.get(chatKey("chat", id)) as Api.Chat | Api.ChatForbidden | undefined,
    channel: (id) => entry.chats.get(chatKey("channel", id)) as Api.Channel | Api.ChannelForbidden | undefined,
  };
}

/** The chat entity of a group, supergroup or channel, if known. */
export function knownChat(account: Account, ref: PeerRef): Api.TypeChat | undefined {
  return ref.kind === "user" ? undefined : of(account).chats.get(chatKey(ref.kind, ref.id));
}

/** Whether the peer is a broadcast channel (fetched once when never seen). */
export async function isBroadcast(account: Account, ref: PeerRef): Promise<boolean> {
  if (ref.kind !== "channel") return false;
  if (!has(of(account), ref)) await fetchPeer(account, ref);
  const chat = knownChat(account, ref);
  return chat instanceof Api.Channel ? Boolean(chat.broadcast) : chat instanceof Api.ChannelForbidden && Boolean(chat.broadcast);
}
