/**
 * The Bot API's text formatting: `parse_mode` HTML / MarkdownV2 / Markdown, or explicit
 * `entities`, to the text and entities sent to Telegram, with the official error texts.
 * https://core.telegram.org/bots/api#formatting-options
 */
import { asciiLower, toBytes } from "./bytes.ts";
import { readEntities } from "./entities-input.ts";
import { entitiesToSend } from "./entity-rules.ts";
import { badRequest, requestErrors } from "./errors.ts";
import { fixFormattedText } from "./fix.ts";
import { parseHtml } from "./html.ts";
import { dateFormat } from "./links.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseMarkdownV2 } from "./markdown-v2.ts";
import type { Entity, FormattedText, MessageEntity } from "./types.ts";

export { FormatError } from "./errors.ts";
export type { FormattedText, MentionedUser, MessageEntity } from "./types.ts";

/** The official server's limit on a text parameter, in UTF-8 bytes. */
const MAX_TEXT_BYTES = 1 << 15;

export interface ParseOptions {
  /** Captions and other optional texts: an empty result is fine (default false, as for message text). */
  allowEmpty?: boolean;
}

const PARSERS = { html: parseHtml, markdownv2: parseMarkdownV2, markdown: parseMarkdown };

/**
 * Turns a text parameter into what is sent to Telegram. With a `parseMode` (case-insensitive;
 * "" and "none" mean none) the markup is parsed and `entities` ignored, as the official server
 * does; otherwise `entities` (JSON text or already decoded) are read and checked.
 * Throws FormatError whose `description` is the official text ("Bad Request: …").
 * https://core.telegram.org/bots/api#formatting-options
 */
export function parseText(
  text: string,
  parseMode?: string,
  entities?: unknown,
  options: ParseOptions = {},
): FormattedText {
  const bytes = toBytes(text);
  if (bytes.size > MAX_TEXT_BYTES) throw badRequest(requestErrors.tooLong);
  const mode = asciiLower(parseMode ?? "");
  let parsed: Entity[];
  if (bytes.size > 0 && mode !== "" && mode !== "none") {
    if (!Object.hasOwn(PARSERS, mode)) throw badRequest(requestErrors.parseMode);
    parsed = PARSERS[mode as keyof typeof PARSERS](bytes);
  } else {
    parsed = readEntities(entities);
  }
  const [plain, fixed] = fixFormattedText(bytes, parsed, { allowEmpty: options.allowEmpty ?? false });
  return { text: plain, entities: fixed.length === 0 ? [] : entitiesToSend(fixed).map(toBotApiEntity) };
}

/** The Bot API form of an entity, fields in the official server's order. */
function toBotApiEntity(entity: Entity): MessageEntity {
  const base = { offset: entity.offset, length: entity.length };
  switch (entity.kind) {
    case "pre_code":
      return { ...base, type: "pre", language: entity.argument ?? "" };
    case "text_url":
      return { ...base, type: "text_link", url: entity.argument ?? "" };
    case "mention_name":
      return { ...base, type: "text_mention", user: { id: entity.userId ?? 0 } };
    case "custom_emoji":
      return { ...base, type: "custom_emoji", custom_emoji_id: entity.customEmojiId ?? "" };
    case "date_time":
      return {
        ...base,
        type: "date_time",
        unix_time: entity.date?.unix ?? 0,
        date_time_format: dateFormat(entity.date?.flags ?? 0),
      };
    default:
      return { ...base, type: entity.kind };
  }
}
