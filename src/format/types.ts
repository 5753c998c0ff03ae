/** Entity shapes: the Bot API's `MessageEntity` and the parser's internal one. */

/** The mentioned user of a `text_mention`; the formatter only knows the id. */
export interface MentionedUser {
  id: number;
}

/** One special entity in a text, as the Bot API returns it (offsets in UTF-16 code units). */
export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: MentionedUser;
  language?: string;
  custom_emoji_id?: string;
  unix_time?: number;
  date_time_format?: string;
}

/** A text with its entities, as sent to Telegram. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Entity kinds the formatter produces, named as TDLib names them (it splits `pre` in two). */
export type EntityKind =
  | "bold"
  | "italic"
  | "underline"
  | "strikethrough"
  | "spoiler"
  | "code"
  | "pre"
  | "pre_code"
  | "text_url"
  | "mention_name"
  | "custom_emoji"
  | "blockquote"
  | "expandable_blockquote"
  | "date_time";

/** A date-time entity's value: Unix time and the flags its format string sets. */
export interface EntityDate {
  unix: number;
  flags: number;
}

/** The working form of an entity; `argument` is the URL (text_url) or the language (pre_code). */
export interface Entity {
  kind: EntityKind;
  offset: number;
  length: number;
  argument?: string;
  userId?: number;
  customEmojiId?: string;
  date?: EntityDate;
}
