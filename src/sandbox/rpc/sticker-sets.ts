/** channels.setStickers: a supergroup's sticker set (messages.getStickerSet is in forum-topics.ts). */
import type { Api } from "telegram";
import { setChatStickerSet } from "../world/sticker-sets.ts";
import { bool, type HandlerTable, me } from "./context.ts";
import { resolveChannel } from "./peers.ts";

export const stickerSetsHandlers: HandlerTable = {
  "channels.SetStickers": (ctx, request: Api.channels.SetStickers) => {
    const actor = me(ctx);
    setChatStickerSet(ctx.world, actor, resolveChannel(ctx.world, actor, request.channel), request.stickerset);
    return bool(true);
  },
};
