/**
 * Callback and inline queries: pushed to the bot (no pts: Telegram does not replay them),
 * and the bot's answers kept for the control API.
 */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { type Target, boxOf } from "./messages.ts";
import { big, chatTl, decodeTl, peerOfChat, peerUser, userTl } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

export interface CallbackAnswer {
  text?: string;
  showAlert?: boolean;
  url?: string;
  cacheTime?: number;
}

export interface InlineAnswer {
  results: Api.TypeInputBotInlineResult[];
  nextOffset?: string;
  cacheTime: number;
  isPersonal: boolean;
  button?: Api.TypeInlineBotSwitchPM | Api.TypeInlineBotWebView;
}

interface PendingQuery<T> {
  botId: number;
  answer?: T;
  /** Inline queries: who asked and what (a chosen result names them). */
  userId?: number;
  query?: string;
}

const now = () => Math.floor(Date.now() / 1000);
const newQueryId = () => randomBytes(8).readBigInt64LE(0);

export class Queries {
  readonly callbacks = new Map<string, PendingQuery<CallbackAnswer>>();
  readonly inline = new Map<string, PendingQuery<InlineAnswer>>();

  clear(): void {
    this.callbacks.clear();
    this.inline.clear();
  }
}

/** Who sent a message; private chats leave from_id out, channel posts have none. */
function senderOf(message: Api.Message, target: Target): number | undefined {
  if (message.fromId instanceof Api.PeerUser) return message.fromId.userId.toJSNumber();
  if (target.kind === "user" && !message.out) return target.account.id;
  return undefined;
}

/** A user presses an inline button of a bot's message (`messageId` in the user's numbering). */
export function pressButton(world: World, user: Account, target: Target, messageId: number, data: Buffer): string {
  const { box, peer } = boxOf(user, target);
  const row = world.store.getMessage(box, messageId);
  if (!row || row.peer !== peer) throw rpcError("MESSAGE_ID_INVALID");
  const message = decodeTl<Api.Message>(row.data);
  const bot = world.account(senderOf(message, target) ?? 0);
  if (!bot || bot.kind !== "bot" || !(message.replyMarkup instanceof Api.ReplyInlineMarkup)) throw rpcError("DATA_INVALID");
  const botMessageId = box.startsWith("c")
    ? messageId
    : world.store.messagesByLink(row.link).find((copy) => copy.box === `u${bot.id}`)?.id;
  if (botMessageId === undefined) throw rpcError("MESSAGE_ID_INVALID");
  const queryId = newQueryId();
  world.queries.callbacks.set(queryId.toString(), { botId: bot.id });
  const chatPeer = target.kind === "user" ? peerUser(user.id) : peerOfChat(target.chat);
  const update = new Api.UpdateBotCallbackQuery({
    queryId: big(queryId),
    userId: big(user.id),
    peer: chatPeer,
    msgId: botMessageId,
    chatInstance: big(BigInt.asIntN(64, BigInt(user.id) * 1_000_003n + BigInt(target.kind === "user" ? bot.id : target.chat.id))),
    data,
  });
  world.push(
    bot.id,
    new Api.Updates({
      updates: [update],
      users: [userTl(user, bot.id)],
      chats: target.kind === "chat" ? [chatTl(world, target.chat, bot.id)] : [],
      date: now(),
      seq: 0,
    }),
  );
  return queryId.toString();
}

/** A user types `@bot query` in some chat. */
export function askInline(world: World, user: Account, bot: Account, query: string, offset: string): string {
  if (bot.kind !== "bot") throw rpcError("BOT_INVALID");
  const queryId = newQueryId();
  world.queries.inline.set(queryId.toString(), { botId: bot.id, userId: user.id, query });
  const update = new Api.UpdateBotInlineQuery({ queryId: big(queryId), userId: big(user.id), query, offset });
  world.push(bot.id, new Api.Updates({ updates: [update], users: [userTl(user, bot.id)], chats: [], date: now(), seq: 0 }));
  return queryId.toString();
}

function pending<T>(map: Map<string, PendingQuery<T>>, bot: Account, queryId: string): PendingQuery<T> {
  const query = map.get(queryId);
  if (!query || query.botId !== bot.id) throw rpcError("QUERY_ID_INVALID");
  if (query.answer) throw rpcError("QUERY_ID_INVALID");
  return query;
}

export function answerCallback(world: World, bot: Account, queryId: string, answer: CallbackAnswer): void {
  pending(world.queries.callbacks, bot, queryId).answer = answer;
}

export function answerInline(world: World, bot: Account, queryId: string, answer: InlineAnswer): void {
  pending(world.queries.inline, bot, queryId).answer = answer;
}
