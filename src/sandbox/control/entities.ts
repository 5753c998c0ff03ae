/** Bot API MessageEntity ↔ TL MessageEntity, for the control API's messages. */
import { Api } from "telegram";
import { big } from "../world/tl.ts";

export interface BotApiEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: { id: number };
  language?: string;
  custom_emoji_id?: string;
}

type Simple = new (args: { offset: number; length: number }) => Api.TypeMessageEntity;

/** Entity types that carry nothing but their range. */
const SIMPLE: Record<string, Simple> = {
  mention: Api.MessageEntityMention,
  hashtag: Api.MessageEntityHashtag,
  cashtag: Api.MessageEntityCashtag,
  bot_command: Api.MessageEntityBotCommand,
  url: Api.MessageEntityUrl,
  email: Api.MessageEntityEmail,
  phone_number: Api.MessageEntityPhone,
  bold: Api.MessageEntityBold,
  italic: Api.MessageEntityItalic,
  underline: Api.MessageEntityUnderline,
  strikethrough: Api.MessageEntityStrike,
  spoiler: Api.MessageEntitySpoiler,
  code: Api.MessageEntityCode,
};

export function entityToTl(entity: BotApiEntity): Api.TypeMessageEntity {
  const range = { offset: entity.offset, length: entity.length };
  const simple = SIMPLE[entity.type];
  if (simple) return new simple(range);
  switch (entity.type) {
    case "pre":
      return new Api.MessageEntityPre({ ...range, language: entity.language ?? "" });
    case "text_link":
      return new Api.MessageEntityTextUrl({ ...range, url: entity.url ?? "" });
    case "text_mention":
      return new Api.MessageEntityMentionName({ ...range, userId: big(entity.user?.id ?? 0) });
    case "custom_emoji":
      return new Api.MessageEntityCustomEmoji({ ...range, documentId: big(entity.custom_emoji_id ?? "0") });
    case "blockquote":
      return new Api.MessageEntityBlockquote(range);
    case "expandable_blockquote":
      return new Api.MessageEntityBlockquote({ ...range, collapsed: true });
    default:
      throw new Error(`unknown entity type ${entity.type}`);
  }
}

export function entityFromTl(entity: Api.TypeMessageEntity): BotApiEntity | undefined {
  const range = { offset: entity.offset, length: entity.length };
  for (const [type, Class] of Object.entries(SIMPLE)) if (entity instanceof Class) return { type, ...range };
  if (entity instanceof Api.MessageEntityPre) {
    return entity.language ? { type: "pre", ...range, language: entity.language } : { type: "pre", ...range };
  }
  if (entity instanceof Api.MessageEntityTextUrl) return { type: "text_link", ...range, url: entity.url };
  if (entity instanceof Api.MessageEntityMentionName) return { type: "text_mention", ...range, user: { id: entity.userId.toJSNumber() } };
  if (entity instanceof Api.MessageEntityCustomEmoji) return { type: "custom_emoji", ...range, custom_emoji_id: entity.documentId.toString() };
  if (entity instanceof Api.MessageEntityBlockquote) return { type: entity.collapsed ? "expandable_blockquote" : "blockquote", ...range };
  return undefined;
}
