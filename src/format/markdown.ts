/**
 * parse_mode "Markdown" (legacy): *bold*, _italic_, `code`, ```pre```, [text](url).
 * Works in place on the UTF-8 buffer like TDLib's `parse_markdown`, so even its quirks
 * (a `[url]` without `(…)` reads the URL from the partly rewritten buffer) match.
 * https://core.telegram.org/bots/api#markdown-style
 */
import { byteAt, type ByteText, decode, isFirstCodeUnit, isSpace, utf16Units, truncate } from "./bytes.ts";
import { cantParseEntities, parseErrors } from "./errors.ts";
import { checkedLink, linkUserId } from "./links.ts";
import type { Entity } from "./types.ts";

const UNDERSCORE = 0x5f;
const STAR = 0x2a;
const BACKTICK = 0x60;
const OPEN_BRACKET = 0x5b;

function isMarkup(c: number): boolean {
  return c === UNDERSCORE || c === STAR || c === BACKTICK || c === OPEN_BRACKET;
}

/** Parses legacy Markdown; rewrites `text` to the plain text and returns the entities. */
export function parseMarkdown(text: ByteText): Entity[] {
  const { buf, size } = text;
  const at = (i: number) => byteAt(buf, i);
  const entities: Entity[] = [];
  let resultSize = 0;
  let utf16 = 0;
  for (let i = 0; i < size; i++) {
    const c = at(i);
    if (c === 0x5c && isMarkup(at(i + 1))) {
      i++;
      buf[resultSize++] = at(i);
      utf16++;
      continue;
    }
    if (!isMarkup(c)) {
      if (isFirstCodeUnit(c)) utf16 += utf16Units(c);
      buf[resultSize++] = c;
      continue;
    }

    const beginPos = i;
    const endChar = c === OPEN_BRACKET ? 0x5d : c;
    let isPre = false;
    i++;
    let language = "";
    if (c === BACKTICK && at(i) === BACKTICK && at(i + 1) === BACKTICK) {
      i += 2;
      isPre = true;
      let languageEnd = i;
      while (!isSpace(at(languageEnd)) && at(languageEnd) !== BACKTICK) languageEnd++;
      if (i !== languageEnd && languageEnd < size && at(languageEnd) !== BACKTICK) {
        language = decode(buf, i, languageEnd);
        i = languageEnd;
      }
      i = skipOneNewline(buf, i);
    }

    const entityOffset = utf16;
    while (i < size && (at(i) !== endChar || (isPre && !(at(i + 1) === BACKTICK && at(i + 2) === BACKTICK)))) {
      const cur = at(i);
      if (isFirstCodeUnit(cur)) utf16 += utf16Units(cur);
      buf[resultSize++] = buf[i++]!;
    }
    if (i === size) throw cantParseEntities(parseErrors.entityEnd(beginPos));

    if (entityOffset !== utf16) {
      const length = utf16 - entityOffset;
      if (c === UNDERSCORE) entities.push({ kind: "italic", offset: entityOffset, length });
      else if (c === STAR) entities.push({ kind: "bold", offset: entityOffset, length });
      else if (c === BACKTICK) {
        if (!isPre) entities.push({ kind: "code", offset: entityOffset, length });
        else if (language) entities.push({ kind: "pre_code", offset: entityOffset, length, argument: language });
        else entities.push({ kind: "pre", offset: entityOffset, length });
      } else {
        let url: string;
        if (at(i + 1) !== 0x28) {
          url = decode(buf, beginPos + 1, i);
        } else {
          i += 2;
          const urlBegin = i;
          while (i < size && at(i) !== 0x29) i++;
          url = decode(buf, urlBegin, i);
        }
        const entity = linkEntity(url, entityOffset, length);
        if (entity) entities.push(entity);
      }
    }
    if (isPre) i += 2;
  }
  truncate(text, resultSize);
  return entities;
}

/** A `text_mention` for a `tg://user?id=` link, else a `text_url` if TDLib accepts the URL. */
export function linkEntity(url: string, offset: number, length: number): Entity | undefined {
  const userId = linkUserId(url);
  if (userId !== undefined) return { kind: "mention_name", offset, length, userId };
  const checked = checkedLink(url);
  return checked ? { kind: "text_url", offset, length, argument: checked } : undefined;
}

/** Skips one line break ("\n", "\r", "\r\n" or "\n\r") after the opening of a pre block. */
export function skipOneNewline(buf: Uint8Array, i: number): number {
  const c = byteAt(buf, i);
  if (c !== 0x0a && c !== 0x0d) return i;
  const next = byteAt(buf, i + 1);
  return (next === 0x0a || next === 0x0d) && next !== c ? i + 2 : i + 1;
}
