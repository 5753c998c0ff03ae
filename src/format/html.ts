/**
 * parse_mode "HTML", following TDLib's `parse_html` (in place on the UTF-8 buffer): the
 * supported tags and attributes, the four named HTML entities and numeric ones, and its
 * error texts with byte offsets.
 * https://core.telegram.org/bots/api#html-style
 */
import {
  asciiLower,
  byteAt,
  type ByteText,
  decode,
  isAlpha,
  isDigit,
  isFirstCodeUnit,
  isHexDigit,
  isSpace,
  putUtf8,
  truncate,
  utf16Units,
} from "./bytes.ts";
import { cantParseEntities, parseErrors } from "./errors.ts";
import { dateFlags, toInt32Lenient, toIntegerSafe } from "./links.ts";
import { linkEntity } from "./markdown.ts";
import { sortEntities } from "./order.ts";
import type { Entity } from "./types.ts";

const TAGS = new Set([
  "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
  "tg-spoiler", "tg-emoji", "tg-time", "span", "pre", "code", "blockquote",
]); // prettier-ignore

const NAMED = new Map([["lt", 0x3c], ["gt", 0x3e], ["amp", 0x26], ["quot", 0x22]]);

/** Decodes the HTML entity at `pos` ('&'); returns [code point, position after it], code 0 if none. */
function decodeEntity(buf: Uint8Array, pos: number): [number, number] {
  const at = (i: number) => byteAt(buf, i);
  let end = pos + 1;
  let code = 0;
  if (at(pos + 1) === 0x23) {
    end++;
    if (at(pos + 2) === 0x78) {
      end++;
      while (isHexDigit(at(end))) code = code * 16 + parseInt(String.fromCharCode(at(end++)), 16);
    } else {
      while (isDigit(at(end))) code = code * 10 + at(end++) - 0x30;
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return [0, pos];
  } else {
    while (isAlpha(at(end))) end++;
    code = NAMED.get(decode(buf, pos + 1, end)) ?? 0;
    if (code === 0) return [0, pos];
  }
  return [code, at(end) === 0x3b ? end + 1 : end];
}

interface OpenTag {
  tag: string;
  argument: string;
  date: number;
  offset: number;
  beginPos: number;
}

/** Parses HTML; rewrites `text` to the plain text and returns the entities. */
export function parseHtml(text: ByteText): Entity[] {
  const { buf, size } = text;
  const at = (i: number) => byteAt(buf, i);
  const entities: Entity[] = [];
  const nested: OpenTag[] = [];
  let resultEnd = 0;
  let utf16 = 0;
  let surrogates = false;

  for (let i = 0; i < size; i++) {
    const c = at(i);
    if (c === 0x26) {
      const [code, next] = decodeEntity(buf, i);
      if (code !== 0) {
        i = next - 1;
        utf16 += code > 0xffff ? 2 : 1;
        if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
        resultEnd = putUtf8(buf, resultEnd, code);
        continue;
      }
    }
    if (c !== 0x3c) {
      if (isFirstCodeUnit(c)) utf16 += utf16Units(c);
      buf[resultEnd++] = c;
      continue;
    }

    const beginPos = i++;
    if (at(i) !== 0x2f) {
      i = parseStartTag(i, beginPos);
      continue;
    }

    const top = nested[nested.length - 1];
    if (!top) throw cantParseEntities(parseErrors.unexpectedEndTag(beginPos));
    while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
    const endTag = asciiLower(decode(buf, beginPos + 2, i));
    while (isSpace(at(i)) && at(i) !== 0) i++;
    if (at(i) !== 0x3e) throw cantParseEntities(parseErrors.unclosedEndTag(beginPos));
    if (endTag && endTag !== top.tag) throw cantParseEntities(parseErrors.unmatchedEndTag(beginPos, top.tag, endTag));
    if (utf16 > top.offset) closeTag(top, utf16 - top.offset);
    nested.pop();
  }
  const unclosed = nested[nested.length - 1];
  if (unclosed) throw cantParseEntities(parseErrors.missingEndTag(unclosed.tag));

  for (const entity of entities) if (entity.kind === "code") delete entity.argument;
  truncate(text, resultEnd);
  if (surrogates) throw cantParseEntities(parseErrors.badSurrogates);
  return sortEntities(entities);

  /** Reads a start tag from just after '<'; returns the position of its '>'. */
  function parseStartTag(i: number, beginPos: number): number {
    while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
    if (at(i) === 0) throw cantParseEntities(parseErrors.unclosedStartTag(beginPos));
    const tag = asciiLower(decode(buf, beginPos + 1, i));
    if (!TAGS.has(tag)) throw cantParseEntities(parseErrors.unsupportedTag(tag, beginPos));
    const unclosedNamed = () => cantParseEntities(parseErrors.unclosedNamedTag(tag, beginPos));

    let argument = "";
    let date = 0;
    while (at(i) !== 0x3e) {
      while (at(i) !== 0 && isSpace(at(i))) i++;
      if (at(i) === 0x3e) break;
      const nameBegin = i;
      while (!isSpace(at(i)) && !"=>/\"'".includes(String.fromCharCode(at(i)))) i++;
      const name = decode(buf, nameBegin, i);
      if (!name) throw cantParseEntities(parseErrors.emptyAttribute(tag, beginPos));
      while (at(i) !== 0 && isSpace(at(i))) i++;
      if (at(i) !== 0x3d) {
        if (at(i) === 0) throw unclosedNamed();
        if (tag === "blockquote" && name === "expandable") argument = "1";
        continue;
      }
      i++;
      while (at(i) !== 0 && isSpace(at(i))) i++;
      if (at(i) === 0) throw unclosedNamed();

      let value: string;
      if (at(i) !== 0x27 && at(i) !== 0x22) {
        // a name token: letters, digits, periods and hyphens, case-insensitive
        const tokenBegin = i;
        while (isAlpha(at(i)) || isDigit(at(i)) || at(i) === 0x2e || at(i) === 0x2d) i++;
        value = asciiLower(decode(buf, tokenBegin, i));
        if (!isSpace(at(i)) && at(i) !== 0x3e) throw cantParseEntities(parseErrors.nameTokenEnd(tokenBegin));
      } else {
        const quote = at(i++);
        const valueBegin = i;
        let valueEnd = i;
        while (at(i) !== quote && at(i) !== 0) {
          if (at(i) === 0x26) {
            const [code, next] = decodeEntity(buf, i);
            if (code !== 0) {
              valueEnd = putUtf8(buf, valueEnd, code);
              i = next;
              continue;
            }
          }
          buf[valueEnd++] = buf[i++]!;
        }
        if (at(i) === quote) i++;
        value = decode(buf, valueBegin, valueEnd);
      }
      if (at(i) === 0) throw cantParseEntities(parseErrors.unclosedStartTag(beginPos));

      if (tag === "a" && name === "href") argument = value;
      else if (tag === "code" && name === "class" && value.startsWith("language-")) argument = value.slice(9);
      else if (tag === "span" && name === "class" && value.startsWith("tg-")) argument = value.slice(3);
      else if (tag === "tg-emoji" && name === "emoji-id") argument = value;
      else if (tag === "blockquote" && name === "expandable") argument = "1";
      else if (tag === "tg-time" && name === "unix") date = toInt32Lenient(value);
      else if (tag === "tg-time" && name === "format") argument = value;
    }
    if (tag === "span" && argument !== "spoiler") throw cantParseEntities(parseErrors.spanClass(beginPos));
    nested.push({ tag, argument, date, offset: utf16, beginPos: resultEnd });
    return i;
  }

  function closeTag(open: OpenTag, length: number): void {
    const offset = open.offset;
    const last = entities[entities.length - 1];
    switch (open.tag) {
      case "i":
      case "em":
        entities.push({ kind: "italic", offset, length });
        return;
      case "b":
      case "strong":
        entities.push({ kind: "bold", offset, length });
        return;
      case "s":
      case "strike":
      case "del":
        entities.push({ kind: "strikethrough", offset, length });
        return;
      case "u":
      case "ins":
        entities.push({ kind: "underline", offset, length });
        return;
      case "tg-spoiler":
      case "span":
        entities.push({ kind: "spoiler", offset, length });
        return;
      case "tg-emoji": {
        const id = toIntegerSafe(open.argument, 64);
        if (id === undefined || id === 0n) throw cantParseEntities(parseErrors.badEmojiId);
        entities.push({ kind: "custom_emoji", offset, length, customEmojiId: id.toString() });
        return;
      }
      case "tg-time": {
        const flags = dateFlags(open.argument);
        if (flags === undefined) throw cantParseEntities(parseErrors.badDateFormat);
        if (open.date > 0) entities.push({ kind: "date_time", offset, length, date: { unix: open.date, flags } });
        return;
      }
      case "a": {
        const url = open.argument || decode(buf, open.beginPos, resultEnd);
        const entity = linkEntity(url, offset, length);
        if (entity) entities.push(entity);
        return;
      }
      case "pre":
        if (last?.kind === "code" && last.offset === offset && last.length === length && last.argument) {
          last.kind = "pre_code";
        } else entities.push({ kind: "pre", offset, length });
        return;
      case "code":
        if (last?.kind === "pre" && last.offset === offset && last.length === length && open.argument) {
          last.kind = "pre_code";
          last.argument = open.argument;
        } else entities.push({ kind: "code", offset, length, argument: open.argument });
        return;
      default:
        entities.push({ kind: open.argument ? "expandable_blockquote" : "blockquote", offset, length });
    }
  }
}
