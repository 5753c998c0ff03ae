/**
 * TDLib's nesting rules (`fix_entities`): entities that break them are dropped, and the
 * splittable ones (bold, italic, underline, strikethrough, spoiler) are merged where they
 * touch and cut where they cross a code block.
 * https://core.telegram.org/bots/api#formatting-options
 */
import { compareEntities, sortEntities } from "./order.ts";
import type { Entity, EntityKind } from "./types.ts";

const SPLITTABLE: EntityKind[] = ["bold", "italic", "underline", "strikethrough", "spoiler"];
const BIT = Object.fromEntries(
  (
    [
      ...SPLITTABLE,
      "code", "pre", "pre_code", "text_url", "mention_name", "custom_emoji",
      "blockquote", "expandable_blockquote", "date_time",
    ] as EntityKind[]
  ).map((kind, i) => [kind, 1 << i]),
) as Record<EntityKind, number>; // prettier-ignore

const mask = (...kinds: EntityKind[]) => kinds.reduce((m, k) => m | BIT[k], 0);
const SPLITTABLE_MASK = mask(...SPLITTABLE);
const BLOCKQUOTE_MASK = mask("blockquote", "expandable_blockquote");
const CONTINUOUS_MASK = mask("text_url", "mention_name", "custom_emoji");
const PRE_MASK = mask("pre", "code", "pre_code", "date_time");

const isSplittable = (kind: EntityKind) => (BIT[kind] & SPLITTABLE_MASK) !== 0;
const isBlockquote = (kind: EntityKind) => (BIT[kind] & BLOCKQUOTE_MASK) !== 0;
const isPre = (kind: EntityKind) => (BIT[kind] & PRE_MASK) !== 0;
const isContinuous = (kind: EntityKind) => (BIT[kind] & CONTINUOUS_MASK) !== 0;
const end = (e: Entity) => e.offset + e.length;

/** Whether sorted entities already follow every rule (TDLib's fast path). */
function areValid(entities: Entity[]): boolean {
  const endPos = SPLITTABLE.map(() => -1);
  const stack: Entity[] = [];
  let nestedMask = 0;
  for (const entity of entities) {
    while (stack.length > 0 && entity.offset >= end(stack[stack.length - 1]!)) nestedMask -= BIT[stack.pop()!.kind];
    const parent = stack[stack.length - 1];
    if (parent) {
      if (end(entity) > end(parent)) return false;
      if (nestedMask & BIT[entity.kind]) return false;
      if (isPre(parent.kind)) return false;
      if (isPre(entity.kind) && (nestedMask & ~BLOCKQUOTE_MASK) !== 0) return false;
      if ((isContinuous(entity.kind) || isBlockquote(entity.kind)) && (nestedMask & CONTINUOUS_MASK) !== 0) {
        return false;
      }
      if (isBlockquote(entity.kind) && (nestedMask & BLOCKQUOTE_MASK) !== 0) return false;
      if (nestedMask & SPLITTABLE_MASK) return false;
    }
    if (isSplittable(entity.kind)) {
      const index = SPLITTABLE.indexOf(entity.kind);
      if (endPos[index]! >= entity.offset) return false;
      endPos[index] = end(entity);
    }
    stack.push(entity);
    nestedMask += BIT[entity.kind];
  }
  return true;
}

/** Keeps, of sorted entities, only those that intersect no kept earlier one (nested ones too). */
function removeIntersecting(entities: Entity[]): Entity[] {
  let lastEnd = 0;
  return entities.filter((e) => {
    if (e.offset < lastEnd) return false;
    lastEnd = end(e);
    return true;
  });
}

/** Drops entities that cross a blockquote's boundary; both lists non-overlapping and sorted. */
function removeCrossingBlockquote(entities: Entity[], quotes: Entity[]): Entity[] {
  let q = 0;
  return entities.filter((e) => {
    while (q < quotes.length && end(quotes[q]!) <= e.offset) q++;
    const quote = quotes[q];
    return !(quote && (end(quote) < end(e) || (e.offset < quote.offset && quote.offset < end(e))));
  });
}

/** Merges touching splittable entities of one kind and cuts them out of pre/code entities. */
function splitEntities(splittable: Entity[], others: Entity[]): Entity[] {
  const begin = SPLITTABLE.map(() => 0);
  const endPos = SPLITTABLE.map(() => 0);
  const result: Entity[] = [];
  let it = 0;
  const flush = (offset: number) => {
    SPLITTABLE.forEach((kind, index) => {
      if (endPos[index] === 0 || begin[index]! >= offset) return;
      if (endPos[index]! <= offset) {
        result.push({ kind, offset: begin[index]!, length: endPos[index]! - begin[index]! });
        begin[index] = 0;
        endPos[index] = 0;
      } else {
        result.push({ kind, offset: begin[index]!, length: offset - begin[index]! });
        begin[index] = offset;
      }
    });
  };
  const addEntities = (endOffset: number) => {
    for (; it < splittable.length && splittable[it]!.offset < endOffset; it++) {
      const e = splittable[it]!;
      const index = SPLITTABLE.indexOf(e.kind);
      if (e.offset <= endPos[index]! && endPos[index] !== 0) {
        endPos[index] = Math.max(endPos[index]!, end(e));
      } else {
        flush(e.offset);
        begin[index] = e.offset;
        endPos[index] = end(e);
      }
    }
    flush(endOffset);
  };
  const stack: Entity[] = [];
  const addOffset = (offset: number) => {
    while (stack.length > 0 && offset >= end(stack[stack.length - 1]!)) {
      const top = stack.pop()!;
      const oldSize = result.length;
      addEntities(end(top));
      if (isPre(top.kind)) result.length = oldSize;
    }
    addEntities(offset);
  };
  for (const other of others) {
    addOffset(other.offset);
    stack.push(other);
  }
  addOffset(Number.MAX_SAFE_INTEGER);
  return sortEntities(result);
}

/** TDLib's `fix_entities`: returns the entities sorted and following the nesting rules. */
export function fixEntities(entities: Entity[]): Entity[] {
  sortEntities(entities);
  if (areValid(entities)) return entities;
  const splittable = entities.filter((e) => isSplittable(e.kind));
  const quotes = removeIntersecting(entities.filter((e) => isBlockquote(e.kind)));
  let others = removeIntersecting(entities.filter((e) => !isSplittable(e.kind) && !isBlockquote(e.kind)));
  if (quotes.length > 0) others = [...removeCrossingBlockquote(others, quotes), ...quotes].sort(compareEntities);
  if (splittable.length === 0) return others;
  const split = splitEntities(splittable, others);
  return others.length === 0 ? split : [...others, ...split].sort(compareEntities);
}

/** Telegram takes at most 100 entities besides custom emoji; TDLib drops the rest, splittable ones last. */
const MAX_SENT_ENTITIES = 100;

/**
 * The entities TDLib sends (`get_input_message_entities`): custom emoji all, others up to the
 * limit, and the splittable ones merged again where only a non-code entity had cut them.
 */
export function entitiesToSend(entities: Entity[]): Entity[] {
  let count = 0;
  const sent: Entity[] = [];
  for (const entity of entities) {
    if (isSplittable(entity.kind)) continue;
    if (entity.kind !== "custom_emoji") {
      if (count >= MAX_SENT_ENTITIES) continue;
      count++;
    }
    sent.push(entity);
  }
  for (const entity of splitEntities(entities.filter((e) => isSplittable(e.kind)), [])) {
    if (count++ >= MAX_SENT_ENTITIES) break;
    sent.push(entity);
  }
  return sent.sort(compareEntities);
}
