/**
 * messages.sendReaction: each holder of the message sees the new counts
 * (updateMessageReactions); bots concerned get updateBotMessageReaction as a qts event
 * — the other party of a private chat, the admin bots of a group — or, in a channel,
 * where reactions are anonymous, updateBotMessageReactions with the new counts.
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { boxOf, type Target } from "./messages.ts";
import { updatesFor } from "./push.ts";
import { decodeTl, peerOfChat, peerUser, userTl } from "./tl.ts";
import type { Account } from "./types.ts";
import { addQtsEvent } from "./updates.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

function reactionKey(reaction: Api.TypeReaction): string {
  if (reaction instanceof Api.ReactionEmoji) return `e:${reaction.emoticon}`;
  if (reaction instanceof Api.ReactionCustomEmoji) return `c:${reaction.documentId.toString()}`;
  return reaction.className;
}

/** Counts per reaction, in first-use order; `chosenOrder` marks the viewer's own. */
function summarize(recent: Api.MessagePeerReaction[], viewerId: number | undefined): Api.MessageReactions {
  const counts = new Map<string, { reaction: Api.TypeReaction; count: number; chosenOrder?: number }>();
  let chosen = 0;
  for (const entry of recent) {
    const key = reactionKey(entry.reaction);
    const slot = counts.get(key) ?? { reaction: entry.reaction, count: 0 };
    slot.count += 1;
    if (viewerId !== undefined && (entry.peerId as Api.PeerUser).userId.toJSNumber() === viewerId) slot.chosenOrder = chosen++;
    counts.set(key, slot);
  }
  return new Api.MessageReactions({
    canSeeList: true,
    results: [...counts.values()].map((slot) => new Api.ReactionCount(slot)),
    recentReactions: recent,
  });
}

function isAdminBot(world: World, account: Account | undefined, target: Target): boolean {
  if (account?.kind !== "bot") return false;
  if (target.kind === "user") return true;
  const member = world.member(target.chat, account.id);
  return member?.status === "creator" || member?.status === "administrator";
}

export function sendReaction(world: World, actor: Account, target: Target, msgId: number, reactions: Api.TypeReaction[], echo: boolean): Api.Updates {
  const { box, peer } = boxOf(actor, target);
  const row = world.store.getMessage(box, msgId);
  const message = row && row.peer === peer ? decodeTl<Api.TypeMessage>(row.data) : undefined;
  if (!row || !(message instanceof Api.Message)) throw rpcError("MESSAGE_ID_INVALID");
  const isActor = (entry: Api.MessagePeerReaction) => (entry.peerId as Api.PeerUser).userId.toJSNumber() === actor.id;
  const previous = message.reactions?.recentReactions ?? [];
  const oldReactions = previous.filter(isActor).map((entry) => entry.reaction);
  const date = now();
  const recent = [
    ...previous.filter((entry) => !isActor(entry)),
    ...reactions.map((reaction) => new Api.MessagePeerReaction({ peerId: peerUser(actor.id), date, reaction })),
  ];
  const copies = box.startsWith("c") ? [row] : world.store.messagesByLink(row.link);
  const pushes: Array<[number, Api.TypeUpdate]> = [];
  let own!: Api.UpdateMessageReactions;
  world.store.transaction(() => {
    for (const copy of copies) {
      const stored = decodeTl<Api.Message>(copy.data);
      const ownerId = copy.box.startsWith("u") ? Number(copy.box.slice(1)) : undefined;
      stored.reactions = summarize(recent, ownerId);
      world.store.putMessage({ ...copy, data: stored.getBytes() });
      const holders = ownerId !== undefined ? [ownerId] : target.kind === "chat" ? world.memberIds(target.chat) : [];
      for (const holderId of holders) {
        const holder = world.account(holderId)!;
        const seen = summarize(recent, holderId);
        const chatPeer = target.kind === "chat" ? peerOfChat(target.chat) : peerUser(holderId === actor.id ? target.account.id : actor.id);
        const update = new Api.UpdateMessageReactions({ peer: chatPeer, msgId: copy.id, reactions: seen });
        if (holderId === actor.id) {
          own = update;
          if (echo) pushes.push([holderId, update]);
        } else if (isAdminBot(world, holder, target)) {
          // Channel reactions are anonymous: bots get only the new counts there.
          const anonymous = target.kind === "chat" && target.chat.kind === "channel";
          pushes.push([
            holderId,
            addQtsEvent(world, holder, (qts) =>
              anonymous
                ? new Api.UpdateBotMessageReactions({ peer: chatPeer, msgId: copy.id, date, reactions: seen.results, qts })
                : new Api.UpdateBotMessageReaction({ peer: chatPeer, msgId: copy.id, date, actor: peerUser(actor.id), oldReactions, newReactions: reactions, qts }),
            ),
          ]);
        } else if (holder.kind === "user") {
          pushes.push([holderId, update]);
        }
      }
    }
  });
  for (const [accountId, update] of pushes) {
    const updates = updatesFor(world, accountId, [update]);
    updates.users = [userTl(actor, accountId)];
    world.push(accountId, updates);
  }
  return updatesFor(world, actor.id, [own]);
}
