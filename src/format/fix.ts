/**
 * What TDLib does to a text and its entities before sending (`fix_formatted_text`):
 * control characters become spaces, '\r' and some invisible marks go, entities are
 * checked against the text, empty ones dropped, the nesting rules applied, and the text
 * trimmed of leading and trailing spaces and newlines.
 */
import { byteAt, type ByteText, decode, isFirstCodeUnit, utf16Units } from "./bytes.ts";
import { fixEntities } from "./entity-rules.ts";
import { badRequest, textErrors } from "./errors.ts";
import { sortEntities } from "./order.ts";
import type { Entity } from "./types.ts";

/** Bytes a control character becomes, or -1 to drop it; undefined keeps it. */
function controlReplacement(c: number): number | undefined {
  if (c === 0x0d) return -1;
  if (c <= 0x20 && c !== 0x0a) return 0x20;
  return undefined;
}

/** Length of an invisible mark TDLib removes at `pos` (U+2028..U+202E, some combining lines), else 0. */
function removedMarkLength(buf: Uint8Array, pos: number, size: number): number {
  const c = buf[pos]!;
  if (c === 0xe2 && pos + 2 < size && buf[pos + 1] === 0x80 && buf[pos + 2]! >= 0xa8 && buf[pos + 2]! <= 0xae) return 3;
  if (c === 0xcc && pos + 1 < size && [0xb3, 0xbf, 0x8a].includes(buf[pos + 1]!)) return 2;
  return 0;
}

/** Runs of LRM/RLM marks: all but the last become ZWNJ (TDLib's `replace_offending_characters`). */
function replaceOffending(out: number[]): void {
  const isMark = (p: number) => out[p] === 0xe2 && out[p + 1] === 0x80 && (out[p + 2] === 0x8e || out[p + 2] === 0x8f);
  for (let pos = 0; pos < out.length; pos++) {
    if (!isMark(pos)) continue;
    while (isMark(pos + 3)) {
      out[pos + 2] = 0x8c;
      pos += 3;
    }
    pos += 2;
  }
}

/** Cleans the text and moves the (sorted) entities with it (`clean_input_string_with_entities`). */
function cleanWithEntities(text: ByteText, entities: Entity[]): number[] {
  const { buf, size } = text;
  const out: number[] = [];
  const stack: { entity: Entity; skippedBefore: number }[] = [];
  let current = 0;
  let utf16 = 0;
  let skipped = 0;
  for (let pos = 0; pos <= size; pos++) {
    const c = byteAt(buf, pos);
    if (isFirstCodeUnit(c)) {
      for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) {
        const entityEnd = top.entity.offset + top.entity.length;
        if (utf16 < entityEnd) break;
        if (utf16 !== entityEnd) throw badRequest(textErrors.endsInSymbol(top.entity.offset, pos));
        top.entity.offset -= top.skippedBefore;
        top.entity.length -= skipped - top.skippedBefore;
        stack.pop();
      }
      for (; current < entities.length && utf16 >= entities[current]!.offset; current++) {
        if (utf16 !== entities[current]!.offset) throw badRequest(textErrors.beginsInSymbol(pos));
        stack.push({ entity: entities[current]!, skippedBefore: skipped });
      }
    }
    if (pos === size) break;
    const replacement = controlReplacement(c);
    if (replacement !== undefined) {
      utf16++;
      if (replacement < 0) skipped++;
      else out.push(replacement);
      continue;
    }
    if (isFirstCodeUnit(c)) utf16 += utf16Units(c);
    const mark = removedMarkLength(buf, pos, size);
    if (mark > 0) {
      pos += mark - 1;
      skipped++;
      continue;
    }
    out.push(c);
  }
  const notStarted = entities[current];
  if (notStarted) throw badRequest(textErrors.beginsAfterEnd(notStarted.offset));
  const open = stack[stack.length - 1];
  if (open) throw badRequest(textErrors.endsAfterEnd(open.entity.offset, open.entity.offset + open.entity.length));
  replaceOffending(out);
  return out;
}

/** Drops entities with nothing to show (`remove_empty_entities`). */
function removeEmptyEntities(entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.length <= 0) return false;
    if (e.kind === "text_url") return !!e.argument;
    if (e.kind === "mention_name") return (e.userId ?? 0) > 0;
    if (e.kind === "custom_emoji") return !!e.customEmojiId && e.customEmojiId !== "0";
    if (e.kind === "date_time") return (e.date?.unix ?? 0) > 0;
    return true;
  });
}

/** The byte position and UTF-16 offset of the last character that is not ' ' or '\n' (-1, -1 if none). */
function lastNonWhitespace(out: number[]): [number, number] {
  let pos = -1;
  let offset = -1;
  let utf16 = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c !== 0x0a && c !== 0x20) {
      while (i + 1 < out.length && !isFirstCodeUnit(out[i + 1]!)) i++;
      if (c >= 0xf0) utf16++;
      pos = i;
      offset = utf16;
    }
    utf16++;
  }
  return [pos, offset];
}

// Characters TDLib treats as spaces, and those it treats as empty, when deciding a text is empty.
const SPACES = /[\u1680\u180e\u2000-\u200a\u202f\u205f\u2800\u3000\ufffc\u{e0000}-\u{e007f}]/gu;
const EMPTY = /^[ \n\u200b-\u200f\u202e\ufeff\u00a0]*$/;

/** TDLib's `is_empty_string`: nothing but spaces and invisible characters. */
function isEmptyString(text: string): boolean {
  return EMPTY.test(text.replace(SPACES, " ").replace(/^[ \t\r\n\0\v]+|[ \t\r\n\0\v]+$/g, ""));
}

export interface FixOptions {
  /** An empty result is allowed (captions): the text and entities come back empty. */
  allowEmpty: boolean;
}

/**
 * Printable ASCII and inner spaces and newlines, visible at both ends: a text the
 * clean-up leaves as it is (no control character, mark or trimmable edge).
 */
function isCleanAscii(text: ByteText): boolean {
  const { buf, size } = text;
  if (size === 0 || buf[0]! <= 0x20 || buf[size - 1]! <= 0x20) return false;
  for (let i = 0; i < size; i++) {
    const c = buf[i]!;
    if (c > 0x7e || (c < 0x20 && c !== 0x0a)) return false;
  }
  return true;
}

/** TDLib's `fix_formatted_text` for a bot's outgoing text, without the auto-detected entities. */
export function fixFormattedText(text: ByteText, input: Entity[], options: FixOptions): [string, Entity[]] {
  // Most bot texts: nothing to check or clean.
  if (input.length === 0 && isCleanAscii(text)) return [decode(text.buf, 0, text.size), []];
  let entities = input;
  let out: number[];
  if (entities.length === 0) {
    out = cleanWithEntities(text, entities);
  } else {
    for (const e of entities) {
      if (e.offset < 0 || e.offset > 1000000) throw badRequest(textErrors.badOffset(e.offset));
      if (e.length < 0 || e.length > 1000000) throw badRequest(textErrors.badLength(e.length));
    }
    entities = fixEntities(removeEmptyEntities(entities));
    out = cleanWithEntities(text, entities);
  }
  entities = removeEmptyEntities(entities);
  const [lastPos, lastOffset] = lastNonWhitespace(out);
  if (lastOffset === -1) {
    if (options.allowEmpty) return ["", []];
    throw badRequest(textErrors.empty);
  }
  entities = fixEntities(entities);

  out.length = lastPos + 1;
  entities = entities.filter((e) => e.offset <= lastOffset);
  let resort = false;
  for (const e of entities) {
    if (e.offset + e.length > lastOffset + 1) {
      e.length = lastOffset + 1 - e.offset;
      resort = true;
    }
  }
  if (resort) sortEntities(entities);

  const firstEntity = entities[0]?.offset ?? out.length;
  let start = 0;
  while (start < firstEntity && (out[start] === 0x20 || out[start] === 0x0a)) start++;
  for (const e of entities) e.offset -= start;
  const result = decode(Uint8Array.from(out), start, out.length);

  if (isEmptyString(result)) {
    if (options.allowEmpty) return [result, entities];
    throw badRequest(textErrors.empty);
  }
  return [result, entities];
}
