/**
 * Web App queries and prepared inline messages. A user's Web App, opened from a bot's
 * keyboard, gives the bot a query id; the bot answers it with one inline result, which
 * Telegram sends on the user's behalf into the chat with the bot. A prepared message is
 * a result a bot stores for one user to share from its Mini App later. Like callback
 * queries they live in memory only.
 */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { sendMessage } from "./messages.ts";
import { big } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

export interface WebAppQuery {
  botId: number;
  userId: number;
  answer?: { result: Api.TypeInputBotInlineResult; messageId?: number };
}

export interface PreparedMessage {
  botId: number;
  userId: number;
  result: Api.TypeInputBotInlineResult;
  peerTypes: string[];
  expireDate: number;
}

/** How long Telegram keeps a prepared message. */
const PREPARED_TTL = 24 * 60 * 60;

interface WebAppState {
  queries: Map<string, WebAppQuery>;
  prepared: Map<string, PreparedMessage>;
}

const states = new WeakMap<World, WebAppState>();

export function webApps(world: World): WebAppState {
  let state = states.get(world);
  if (!state) {
    state = { queries: new Map(), prepared: new Map() };
    states.set(world, state);
  }
  return state;
}

/** A user opens the bot's Web App; the id is what the app hands the bot. */
export function openWebApp(world: World, user: Account, bot: Account): string {
  if (bot.kind !== "bot") throw rpcError("BOT_INVALID");
  const id = `AAE${randomBytes(12).toString("base64url")}`;
  webApps(world).queries.set(id, { botId: bot.id, userId: user.id });
  return id;
}

/** The text a result sends, when it sends text (media by URL are not fetched by the sandbox). */
function textOf(result: Api.TypeInputBotInlineResult): { text: string; entities?: Api.TypeMessageEntity[] } | undefined {
  const message = result.sendMessage;
  if (message instanceof Api.InputBotInlineMessageText || message instanceof Api.InputBotInlineMessageMediaAuto) {
    return message.message ? { text: message.message, entities: message.entities ?? undefined } : undefined;
  }
  return undefined;
}

/** messages.sendWebViewResultMessage: the message goes from the user to the bot's chat. */
export function answerWebApp(world: World, bot: Account, queryId: string, result: Api.TypeInputBotInlineResult): Api.WebViewMessageSent {
  const query = webApps(world).queries.get(queryId);
  if (!query || query.botId !== bot.id || query.answer) throw rpcError("QUERY_ID_INVALID");
  const user = world.account(query.userId)!;
  const content = textOf(result);
  const sent = content ? sendMessage(world, user, { kind: "user", account: bot }, content) : undefined;
  const messageId = sent?.ids.get(user.id);
  query.answer = { result, messageId };
  if (messageId === undefined) return new Api.WebViewMessageSent({});
  return new Api.WebViewMessageSent({
    msgId: new Api.InputBotInlineMessageID64({ dcId: user.dcId, ownerId: big(user.id), id: messageId, accessHash: big(0) }),
  });
}

const PEER_TYPES: Array<[new () => Api.TypeInlineQueryPeerType, string]> = [
  [Api.InlineQueryPeerTypeSameBotPM, "same_bot_pm"],
  [Api.InlineQueryPeerTypePM, "pm"],
  [Api.InlineQueryPeerTypeBotPM, "bot_pm"],
  [Api.InlineQueryPeerTypeChat, "chat"],
  [Api.InlineQueryPeerTypeMegagroup, "megagroup"],
  [Api.InlineQueryPeerTypeBroadcast, "broadcast"],
];

export function prepareMessage(
  world: World, bot: Account, user: Account, result: Api.TypeInputBotInlineResult, peerTypes: Api.TypeInlineQueryPeerType[],
): Api.messages.BotPreparedInlineMessage {
  if (user.kind === "bot") throw rpcError("USER_BOT_INVALID");
  const id = randomBytes(12).toString("base64url");
  const expireDate = Math.floor(Date.now() / 1000) + PREPARED_TTL;
  const names = peerTypes.map((type) => PEER_TYPES.find(([cls]) => type instanceof cls)?.[1] ?? "unknown");
  webApps(world).prepared.set(id, { botId: bot.id, userId: user.id, result, peerTypes: names, expireDate });
  return new Api.messages.BotPreparedInlineMessage({ id, expireDate });
}
