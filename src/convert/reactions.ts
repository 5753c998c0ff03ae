/**
 * TL Reaction ↔ Bot API ReactionType, and reaction counters.
 * https://core.telegram.org/bots/api#reactiontype
 */
import type { ReactionCount, ReactionType } from "@grammyjs/types";
import { Api } from "telegram";
import bigInt from "big-integer";

/** Undefined for ReactionEmpty, which has no Bot API form. */
export function toReactionType(r: Api.TypeReaction): ReactionType | undefined {
  if (r instanceof Api.ReactionEmoji) return { type: "emoji", emoji: r.emoticon as never };
  if (r instanceof Api.ReactionCustomEmoji) return { type: "custom_emoji", custom_emoji_id: r.documentId.toString() };
  if (r instanceof Api.ReactionPaid) return { type: "paid" };
  return undefined;
}

export function toTlReaction(r: ReactionType): Api.TypeReaction {
  switch (r.type) {
    case "emoji":
      return new Api.ReactionEmoji({ emoticon: r.emoji });
    case "custom_emoji":
      return new Api.ReactionCustomEmoji({ documentId: bigInt(r.custom_emoji_id) });
    case "paid":
      return new Api.ReactionPaid();
  }
}

export function toReactionCounts(reactions: Api.MessageReactions | undefined): ReactionCount[] {
  const out: ReactionCount[] = [];
  for (const c of reactions?.results ?? []) {
    const type = toReactionType(c.reaction);
    if (type) out.push({ type, total_count: c.count });
  }
  return out;
}

/** The reactions a chat allows, when it limits them to a list. */
export function toAvailableReactions(reactions: Api.TypeChatReactions | undefined): ReactionType[] | undefined {
  if (!(reactions instanceof Api.ChatReactionsSome)) return undefined;
  return reactions.reactions.map(toReactionType).filter((r): r is ReactionType => r !== undefined);
}
