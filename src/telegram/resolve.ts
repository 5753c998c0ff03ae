/**
 * A Bot API `chat_id` (an integer, or "@username" of a public chat) → the InputPeer to
 * call Telegram with, resolving unknown usernames through Telegram once.
 */
import { Api } from "telegram";
import { BotApiError } from "../methods/types.ts";
import type { Account } from "./account.ts";

const chatNotFound = () => new BotApiError(400, "Bad Request: chat not found");

export async function resolveChat(account: Account, chatId: unknown): Promise<Api.TypeInputPeer> {
  if (typeof chatId === "number") return account.peers.inputPeer(chatId);
  const text = String(chatId ?? "").trim();
  if (/^-?\d+$/.test(text)) return account.peers.inputPeer(Number(text));
  if (!text.startsWith("@") || text.length < 2) throw chatNotFound();
  const username = text.slice(1);
  const known = account.peers.findUsername(username);
  if (known) return account.peers.inputPeerOf(known);
  try {
    await account.invoke(new Api.contacts.ResolveUsername({ username }));
  } catch (error) {
    if (error instanceof BotApiError && error.code === 400) throw chatNotFound();
    throw error;
  }
  const resolved = account.peers.findUsername(username);
  if (!resolved) throw chatNotFound();
  return account.peers.inputPeerOf(resolved);
}
