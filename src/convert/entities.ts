/**
 * TL MessageEntity ↔ Bot API MessageEntity. Both count offsets in UTF-16 code units, so
 * offsets and lengths carry over unchanged.
 * https://core.telegram.org/bots/api#messageentity
 */
import type { MessageEntity } from "@grammyjs/types";
import { Api } from "telegram";
import bigInt from "big-integer";
import { userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import type { PeerDirectory } from "./peers.ts";

type Plain = Exclude<MessageEntity["type"], "pre" | "text_link" | "text_mention" | "custom_emoji" | "date_time">;

const PLAIN: [new (args: never) => Api.TypeMessageEntity, Plain | "bank_card_number"][] = [
  [Api.MessageEntityMention, "mention"],
  [Api.MessageEntityHashtag, "hashtag"],
  [Api.MessageEntityCashtag, "cashtag"],
  [Api.MessageEntityBotCommand, "bot_command"],
  [Api.MessageEntityUrl, "url"],
  [Api.MessageEntityEmail, "email"],
  [Api.MessageEntityPhone, "phone_number"],
  // Not in the documented list, but the official server sends it.
  [Api.MessageEntityBankCard, "bank_card_number"],
  [Api.MessageEntityBold, "bold"],
  [Api.MessageEntityItalic, "italic"],
  [Api.MessageEntityUnderline, "underline"],
  [Api.MessageEntityStrike, "strikethrough"],
  [Api.MessageEntitySpoiler, "spoiler"],
  [Api.MessageEntityCode, "code"],
];

/** Undefined for entities the Bot API has no form for (unknown ones). */
export function toBotEntity(e: Api.TypeMessageEntity, peers: PeerDirectory): MessageEntity | undefined {
  const at = { offset: e.offset, length: e.length };
  for (const [cls, type] of PLAIN) if (e instanceof cls) return { ...at, type } as MessageEntity;
  if (e instanceof Api.MessageEntityPre) {
    return e.language ? { ...at, type: "pre", language: e.language } : { ...at, type: "pre" };
  }
  if (e instanceof Api.MessageEntityTextUrl) return { ...at, type: "text_link", url: e.url };
  if (e instanceof Api.MessageEntityMentionName) {
    return { ...at, type: "text_mention", user: userOf(peers, toNumber(e.userId)) };
  }
  if (e instanceof Api.MessageEntityCustomEmoji) {
    return { ...at, type: "custom_emoji", custom_emoji_id: e.documentId.toString() };
  }
  if (e instanceof Api.MessageEntityBlockquote) {
    return { ...at, type: e.collapsed ? "expandable_blockquote" : "blockquote" };
  }
  return undefined;
}

export function toBotEntities(
  entities: readonly Api.TypeMessageEntity[] | undefined,
  peers: PeerDirectory,
): MessageEntity[] {
  const out: MessageEntity[] = [];
  for (const e of entities ?? []) {
    const converted = toBotEntity(e, peers);
    if (converted) out.push(converted);
  }
  return out;
}

/** Resolves a `text_mention`'s user to an InputUser (with the access hash the caller knows). */
export type InputUserOf = (userId: number) => Api.TypeInputUser;

/** A Bot API entity (already validated) → the TL entity to send. */
export function toTlEntity(e: MessageEntity, inputUser: InputUserOf): Api.TypeMessageEntity {
  const at = { offset: e.offset, length: e.length };
  switch (e.type) {
    case "pre":
      return new Api.MessageEntityPre({ ...at, language: e.language ?? "" });
    case "text_link":
      return new Api.MessageEntityTextUrl({ ...at, url: e.url });
    case "text_mention":
      return new Api.InputMessageEntityMentionName({ ...at, userId: inputUser(e.user.id) });
    case "custom_emoji":
      return new Api.MessageEntityCustomEmoji({ ...at, documentId: bigInt(e.custom_emoji_id) });
    case "blockquote":
      return new Api.MessageEntityBlockquote(at);
    case "expandable_blockquote":
      return new Api.MessageEntityBlockquote({ ...at, collapsed: true });
  }
  const plain = PLAIN.find(([, type]) => type === e.type);
  if (!plain) return new Api.MessageEntityUnknown(at);
  return new plain[0](at as never);
}
