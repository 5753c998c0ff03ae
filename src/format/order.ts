/** The order TDLib keeps entities in: by offset, longer first, then by type priority. */
import type { Entity, EntityKind } from "./types.ts";

/** TDLib's `get_type_priority`: the outer of two entities with the same range sorts first. */
const PRIORITY: Record<EntityKind, number> = {
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
  code: 20,
  pre: 11,
  pre_code: 10,
  text_url: 49,
  mention_name: 49,
  custom_emoji: 99,
  blockquote: 0,
  expandable_blockquote: 0,
  date_time: 30,
};

export function compareEntities(a: Entity, b: Entity): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.length !== b.length) return b.length - a.length;
  return PRIORITY[a.kind] - PRIORITY[b.kind];
}

/** Sorts in place (stably) and returns the array. */
export function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort(compareEntities);
}
