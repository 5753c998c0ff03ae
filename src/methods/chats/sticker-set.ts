/**
 * setChatStickerSet and deleteChatStickerSet: a supergroup's sticker set, found by its
 * short name as the official resolves it (searchStickerSet → messages.getStickerSet).
 * https://core.telegram.org/bots/api#setchatstickerset
 */
import { Api } from "telegram";
import type { Account } from "../../telegram/account.ts";
import type { Handler } from "../types.ts";
import { channelEntity, chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

/** The supergroup the method acts on; private chats, basic groups and channels are refused. */
async function supergroup(account: Account, chatId: unknown): Promise<Api.InputChannel> {
  const target = await chatTarget(account, chatId, "write");
  if (target.kind !== "channel" || !(await channelEntity(account, target)).megagroup) throw chatError("supergroupsOnly");
  return target.channel;
}

export const setChatStickerSet: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const channel = await supergroup(account, params.chat_id);
  const shortName = String(params.sticker_set_name);
  const found = await account.invoke(
    new Api.messages.GetStickerSet({ stickerset: new Api.InputStickerSetShortName({ shortName }), hash: 0 }),
    ctx.method,
  );
  if (!(found instanceof Api.messages.StickerSet)) throw chatError("stickerSetNotFound");
  const stickerset = new Api.InputStickerSetID({ id: found.set.id, accessHash: found.set.accessHash });
  await account.invoke(new Api.channels.SetStickers({ channel, stickerset }), ctx.method);
  return true;
};

export const deleteChatStickerSet: Handler = async (ctx, params) => {
  const account = await ctx.account();
  const channel = await supergroup(account, params.chat_id);
  await account.invoke(new Api.channels.SetStickers({ channel, stickerset: new Api.InputStickerSetEmpty() }), ctx.method);
  return true;
};
