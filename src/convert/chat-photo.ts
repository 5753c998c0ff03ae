/** A chat's or user's current photo → Bot API ChatPhoto. https://core.telegram.org/bots/api#chatphoto */
import type { ChatPhoto } from "@grammyjs/types";
import { Api } from "telegram";
import { toNumber } from "./long.ts";
import type { FileIdsOf } from "./media/file-location.ts";
import type { ChatEntity } from "./peers.ts";

export function toChatPhoto(entity: Api.User | ChatEntity, fileIds: FileIdsOf): ChatPhoto | undefined {
  if (entity instanceof Api.ChatForbidden || entity instanceof Api.ChannelForbidden || entity instanceof Api.ChatEmpty) {
    return undefined;
  }
  const photo = entity.photo;
  if (!(photo instanceof Api.ChatPhoto || photo instanceof Api.UserProfilePhoto)) return undefined;
  const peer = entity instanceof Api.User
    ? { kind: "user" as const, id: toNumber(entity.id) }
    : entity instanceof Api.Channel
      ? { kind: "channel" as const, id: toNumber(entity.id) }
      : { kind: "chat" as const, id: toNumber(entity.id) };
  const accessHash = entity instanceof Api.Chat ? 0 : (entity.accessHash ?? 0);
  const of = (big: boolean) =>
    fileIds({ type: "profile_photo", peer, accessHash, photoId: photo.photoId, dcId: photo.dcId, big });
  const small = of(false);
  const big = of(true);
  return {
    small_file_id: small.file_id,
    small_file_unique_id: small.file_unique_id,
    big_file_id: big.file_id,
    big_file_unique_id: big.file_unique_id,
  };
}
