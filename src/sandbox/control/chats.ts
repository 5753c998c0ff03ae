/** POST /control/chats, GET /control/chats/<id>, GET /control/chats/<id>/messages. */
import type { Api } from "telegram";
import { botApiChatId } from "../world/ids.ts";
import { history } from "../world/messages.ts";
import type { ChatKind } from "../world/types.ts";
import {
  accountOf,
  type Body,
  ControlError,
  type ControlEnv,
  isBool,
  isIntArray,
  isString,
  optionalField,
  requireField,
  targetOf,
} from "./env.ts";
import { chatView, messageView, privateChatView } from "./views.ts";

const KINDS = new Set(["group", "supergroup", "channel"]);

export function createChat(env: ControlEnv, body: Body) {
  const kind = requireField(body, "type", (v): v is ChatKind => isString(v) && KINDS.has(v), '"group", "supergroup" or "channel"');
  const creator = accountOf(env, "creator", body.creator);
  const chat = env.world.createChat({
    kind,
    title: requireField(body, "title", isString, "a string"),
    creatorId: creator.id,
    memberIds: optionalField(body, "members", isIntArray, "an array of ids"),
    adminIds: optionalField(body, "admins", isIntArray, "an array of ids"),
    username: optionalField(body, "username", isString, "a string"),
    forum: optionalField(body, "forum", isBool, "a boolean"),
  });
  return { chat_id: botApiChatId({ kind: kind === "group" ? "group" : "channel", id: chat.id }) };
}

function asParam(env: ControlEnv, url: URL) {
  const as = url.searchParams.get("as");
  if (as === null) throw new ControlError(400, "as is required");
  return accountOf(env, "as", Number(as));
}

export function viewChat(env: ControlEnv, chatId: string, url: URL) {
  const as = asParam(env, url);
  const target = targetOf(env, as, Number(chatId));
  return target.kind === "user" ? privateChatView(target.account) : chatView(env.world, target.chat);
}

export function listMessages(env: ControlEnv, chatId: string, url: URL) {
  const as = asParam(env, url);
  const target = targetOf(env, as, Number(chatId));
  const limit = Number(url.searchParams.get("limit") ?? 20);
  if (!Number.isInteger(limit) || limit < 1) throw new ControlError(400, "limit must be a positive integer");
  const messages = history(env.world, as, target, 0, 0, limit);
  return { messages: messages.map((m) => messageView(m as Api.Message, as)) };
}
