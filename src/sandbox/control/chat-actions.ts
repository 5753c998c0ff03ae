/**
 * GET /control/chats/<chat_id>/actions?as=<id>: the recent chat actions ("typing"…) that
 * others showed in that chat, as `as` sees them, newest first.
 */
import { chatActions } from "../world/chat-actions.ts";
import { targetKey } from "../world/messages.ts";
import { accountOf, CONTROL_ERRORS, ControlError, type ControlEnv, targetOf } from "./env.ts";

export function listChatActions(env: ControlEnv, chatId: string, url: URL) {
  const asText = url.searchParams.get("as");
  if (asText === null) throw new ControlError(400, CONTROL_ERRORS.required("as"));
  const as = accountOf(env, "as", Number(asText));
  const target = targetOf(env, as, Number(chatId));
  const matches = target.kind === "user"
    ? (a: { fromId: number; chat: string }) => a.fromId === target.account.id && a.chat === `u${as.id}`
    : (a: { fromId: number; chat: string }) => a.fromId !== as.id && a.chat === targetKey(target);
  const actions = chatActions(env.world).filter(matches).reverse();
  return {
    actions: actions.map((a) => ({ from: a.fromId, action: a.action, date: a.date, ...(a.threadId ? { message_thread_id: a.threadId } : {}) })),
  };
}
