/**
 * messages.setTyping: the other members of the chat are told (updateUserTyping and its
 * group and channel forms), and the world remembers recent actions for the control API.
 * Actions are not persisted: Telegram forgets them after a few seconds too.
 */
import { Api } from "telegram";
import { checkCanSend, type Target, targetKey } from "./messages.ts";
import { big, peerUser, userTl } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

export interface ChatAction {
  fromId: number;
  /** The chat as the world keys it: "u<id>" for the private chat with that account, else "g<id>" / "c<id>". */
  chat: string;
  /** The TL class, e.g. "SendMessageTypingAction". */
  action: string;
  threadId?: number;
  date: number;
}

const KEEP = 200;
const recent = new WeakMap<World, ChatAction[]>();

export function chatActions(world: World): ChatAction[] {
  let list = recent.get(world);
  if (!list) {
    list = [];
    recent.set(world, list);
  }
  return list;
}

function updateFor(actor: Account, target: Target, action: Api.TypeSendMessageAction, threadId: number | undefined): Api.TypeUpdate {
  if (target.kind === "user") return new Api.UpdateUserTyping({ userId: big(actor.id), action });
  if (target.chat.kind === "group") return new Api.UpdateChatUserTyping({ chatId: big(target.chat.id), fromId: peerUser(actor.id), action });
  return new Api.UpdateChannelUserTyping({ channelId: big(target.chat.id), topMsgId: threadId, fromId: peerUser(actor.id), action });
}

export function setTyping(world: World, actor: Account, target: Target, action: Api.TypeSendMessageAction, threadId?: number): void {
  checkCanSend(world, actor, target);
  const list = chatActions(world);
  list.push({ fromId: actor.id, chat: targetKey(target), action: action.className, threadId, date: Math.floor(Date.now() / 1000) });
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
  const others = target.kind === "user" ? [target.account.id] : world.memberIds(target.chat).filter((id) => id !== actor.id);
  const update = updateFor(actor, target, action, threadId);
  for (const id of others) {
    world.push(id, new Api.Updates({ updates: [update], users: [userTl(actor, id)], chats: [], date: Math.floor(Date.now() / 1000), seq: 0 }));
  }
}
