/**
 * POST /control/sticker_sets {owner, short_name, title, count?} → `{id, short_name}`:
 * a sticker set of `count` (default 3) stickers, as if `owner` had made it.
 */
import { createStickerSet } from "../world/sticker-sets.ts";
import { accountOf, type Body, ControlError, CONTROL_ERRORS, type ControlEnv, isInt, isString, optionalField, requireField } from "./env.ts";

/** Telegram's limit on stickers in one set. */
const MAX_STICKERS = 120;

export function createStickerSetRoute(env: ControlEnv, body: Body) {
  const owner = accountOf(env, "owner", body.owner);
  const shortName = requireField(body, "short_name", isString, "a string");
  const title = requireField(body, "title", isString, "a string");
  const count = optionalField(body, "count", isInt, "an integer") ?? 3;
  if (count < 1 || count > MAX_STICKERS) throw new ControlError(400, CONTROL_ERRORS.mustBe("count", `1…${MAX_STICKERS}`));
  const set = createStickerSet(env.world, owner, shortName, title, count);
  return { id: set.id, short_name: set.shortName };
}
