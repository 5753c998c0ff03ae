/**
 * messages.sendMultiMedia: an album — 2 to 10 media sent at once, each its own message
 * with the album's grouped_id (the Bot API's media_group_id).
 */
import { randomBytes } from "node:crypto";
import type { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { type SendResult, sendMessage, type Target } from "./messages.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

export interface AlbumItem {
  media: Api.TypeMessageMedia;
  text: string;
  entities?: Api.TypeMessageEntity[];
}

const MAX_ITEMS = 10;

export function sendAlbum(
  world: World,
  sender: Account,
  target: Target,
  items: readonly AlbumItem[],
  options: { silent?: boolean; replyToId?: number },
  echo: boolean,
): SendResult[] {
  if (items.length < 2) throw rpcError("MEDIA_INVALID");
  if (items.length > MAX_ITEMS) throw rpcError("MULTI_MEDIA_TOO_LONG");
  const groupedId = randomBytes(8).readBigInt64LE() & 0x7fffffffffffffffn;
  return items.map((item) => sendMessage(world, sender, target, { ...item, ...options, groupedId }, echo));
}
