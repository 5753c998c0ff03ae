/**
 * parse_mode "MarkdownV2", following TDLib's `parse_markdown_v2` step by step (in place on
 * the UTF-8 buffer): nesting, escapes, `>` and `**>…||` blockquotes, custom emoji and
 * tg://time links, and its error texts with byte offsets.
 * https://core.telegram.org/bots/api#markdownv2-style
 */
import { byteAt, type ByteText, decode, isFirstCodeUnit, isSpace, utf16Units, truncate } from "./bytes.ts";
import { cantParseEntities, parseErrors } from "./errors.ts";
import { linkCustomEmojiId, linkDate } from "./links.ts";
import { linkEntity, skipOneNewline } from "./markdown.ts";
import { sortEntities } from "./order.ts";
import type { Entity, EntityKind } from "./types.ts";

type OpenKind = Exclude<EntityKind, "mention_name" | "date_time" | "expandable_blockquote">;

interface Open {
  kind: OpenKind;
  argument: string;
  offset: number;
  byteOffset: number;
  beginPos: number;
}

/** TDLib's names of entity types in "Can't find end of … entity" errors. */
const TYPE_NAMES: Record<OpenKind, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
  code: "Code",
  pre: "Pre",
  pre_code: "PreCode",
  text_url: "TextUrl",
  custom_emoji: "CustomEmoji",
  blockquote: "BlockQuote",
};

const RESERVED = new Set([..."_*[]()~`>#+-=|{}.!\n"].map((c) => c.charCodeAt(0)));
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;

function isEscapable(c: number): boolean {
  return c > 0 && c <= 126;
}

function unexpectedEnd(open: Open): Error {
  return cantParseEntities(parseErrors.typedEntityEnd(TYPE_NAMES[open.kind], open.byteOffset));
}

/** Parses MarkdownV2; rewrites `text` to the plain text and returns the entities. */
export function parseMarkdownV2(text: ByteText): Entity[] {
  const { buf } = text;
  const size = text.size;
  const at = (i: number) => byteAt(buf, i);
  const reserved = (c: number) => cantParseEntities(parseErrors.reserved(String.fromCharCode(c)));
  const entities: Entity[] = [];
  const nested: Open[] = [];
  let resultSize = 0;
  let utf16 = 0;
  let haveBlockquote = false;
  let canStartBlockquote = true;

  /** Reads the "(…)" part after "]" with its escapes; `i` is at "]". */
  const readUrl = (i: number): [string, number] => {
    i += 2;
    const begin = i;
    const bytes: number[] = [];
    while (i < size && at(i) !== 0x29) {
      if (at(i) === BACKSLASH && isEscapable(at(i + 1))) {
        bytes.push(at(i + 1));
        i += 2;
        continue;
      }
      bytes.push(at(i++));
    }
    if (at(i) !== 0x29) throw cantParseEntities(parseErrors.urlEnd(begin));
    return [decode(Uint8Array.from(bytes), 0, bytes.length), i];
  };

  for (let i = 0; i < size; i++) {
    const c = at(i);
    if (c === BACKSLASH && isEscapable(at(i + 1))) {
      i++;
      utf16 += 1;
      buf[resultSize++] = at(i);
      if (at(i) !== 0x0d) canStartBlockquote = at(i) === 0x0a;
      continue;
    }

    const top = nested[nested.length - 1];
    const inCode = top !== undefined && (top.kind === "code" || top.kind === "pre" || top.kind === "pre_code");
    if (inCode ? c !== BACKTICK : !RESERVED.has(c)) {
      if (isFirstCodeUnit(c)) {
        utf16 += utf16Units(c);
        if (c !== 0x0d) canStartBlockquote = false;
      }
      buf[resultSize++] = c;
      continue;
    }

    if (!isEndOfEntity(top, c, i)) {
      let kind: OpenKind;
      let argument = "";
      const byteOffset = i;
      switch (c) {
        case 0x5f: // _
          if (at(i + 1) === 0x5f) {
            kind = "underline";
            i++;
          } else kind = "italic";
          break;
        case 0x2a: // *
          kind = "bold";
          break;
        case 0x7e: // ~
          kind = "strikethrough";
          break;
        case 0x7c: // |
          if (at(i + 1) !== 0x7c) throw reserved(c);
          i++;
          kind = "spoiler";
          break;
        case 0x5b: // [
          kind = "text_url";
          break;
        case BACKTICK:
          if (at(i + 1) === BACKTICK && at(i + 2) === BACKTICK) {
            i += 3;
            kind = "pre";
            let languageEnd = i;
            while (!isSpace(at(languageEnd)) && at(languageEnd) !== BACKTICK) languageEnd++;
            if (i !== languageEnd && languageEnd < size && at(languageEnd) !== BACKTICK) {
              kind = "pre_code";
              argument = decode(buf, i, languageEnd);
              i = languageEnd;
            }
            i = skipOneNewline(buf, i) - 1;
          } else kind = "code";
          break;
        case 0x21: // !
          if (at(i + 1) !== 0x5b) throw reserved(c);
          i++;
          kind = "custom_emoji";
          break;
        case 0x0a:
          utf16 += 1;
          buf[resultSize++] = 0x0a;
          canStartBlockquote = true;
          continue;
        case 0x3e: // >
          if (!canStartBlockquote) throw reserved(c);
          if (haveBlockquote) continue;
          kind = "blockquote";
          haveBlockquote = true;
          break;
        default:
          throw reserved(c);
      }
      nested.push({ kind, argument, offset: utf16, byteOffset, beginPos: resultSize });
      continue;
    }

    // the end of an entity
    let open = nested[nested.length - 1]!;
    let kind: EntityKind = open.kind;
    if (c === 0x0a && kind !== "blockquote") {
      // "||" right before the end of a quote's line makes the quote expandable
      const closesQuote =
        kind === "spoiler" &&
        (open.byteOffset === i - 2 || (open.byteOffset === i - 3 && resultSize !== 0 && at(resultSize - 1) === 0x0d));
      if (!closesQuote) throw unexpectedEnd(open);
      nested.pop();
      open = nested[nested.length - 1]!;
      if (open.kind !== "blockquote") throw unexpectedEnd(open);
      kind = "expandable_blockquote";
    }
    let argument = open.argument;
    let skip = utf16 === open.offset;
    let entity: Entity | undefined;
    switch (kind) {
      case "underline":
      case "spoiler":
        i++;
        break;
      case "pre":
      case "pre_code":
        i += 2;
        break;
      case "text_url": {
        let url: string;
        if (at(i + 1) !== 0x28) url = decode(buf, open.beginPos, resultSize);
        else [url, i] = readUrl(i);
        entity = linkEntity(url, open.offset, utf16 - open.offset);
        if (!entity) skip = true;
        break;
      }
      case "custom_emoji": {
        if (at(i + 1) !== 0x28) throw cantParseEntities(parseErrors.emojiNeedsUrl);
        let url: string;
        [url, i] = readUrl(i);
        const emojiId = linkCustomEmojiId(url);
        const date = emojiId === undefined ? linkDate(url) : undefined;
        if (emojiId === undefined && date === undefined) throw cantParseEntities(parseErrors.badEmojiUrl);
        entity = date
          ? { kind: "date_time", offset: open.offset, length: utf16 - open.offset, date }
          : { kind: "custom_emoji", offset: open.offset, length: utf16 - open.offset, customEmojiId: emojiId };
        break;
      }
      case "blockquote":
      case "expandable_blockquote":
        haveBlockquote = false;
        buf[resultSize++] = at(i);
        canStartBlockquote = true;
        utf16 += 1;
        skip = false;
        break;
      default:
        break;
    }
    if (!skip) {
      const length = utf16 - open.offset;
      entities.push(entity ?? { kind, offset: open.offset, length, ...(argument ? { argument } : {}) });
    }
    nested.pop();
  }

  if (haveBlockquote) {
    let kind: EntityKind = "blockquote";
    const last = nested[nested.length - 1]!;
    if (last.kind === "spoiler" && last.byteOffset === size - 2) {
      nested.pop();
      kind = "expandable_blockquote";
    }
    const quote = nested[nested.length - 1]!;
    if (quote.kind === "blockquote") {
      if (utf16 !== quote.offset) entities.push({ kind, offset: quote.offset, length: utf16 - quote.offset });
      nested.pop();
    }
  }
  const unclosed = nested[nested.length - 1];
  if (unclosed) throw unexpectedEnd(unclosed);

  truncate(text, resultSize);
  return sortEntities(entities);

  function isEndOfEntity(open: Open | undefined, c: number, i: number): boolean {
    if (!open) return false;
    if (haveBlockquote && c === 0x0a && (i + 1 === size || at(i + 1) !== 0x3e)) return true;
    switch (open.kind) {
      case "bold":
        return c === 0x2a;
      case "italic":
        return c === 0x5f && at(i + 1) !== 0x5f;
      case "code":
        return c === BACKTICK;
      case "pre":
      case "pre_code":
        return c === BACKTICK && at(i + 1) === BACKTICK && at(i + 2) === BACKTICK;
      case "text_url":
      case "custom_emoji":
        return c === 0x5d;
      case "underline":
        return c === 0x5f && at(i + 1) === 0x5f;
      case "strikethrough":
        return c === 0x7e;
      case "spoiler":
        return c === 0x7c && at(i + 1) === 0x7c;
      default:
        return false;
    }
  }
}
