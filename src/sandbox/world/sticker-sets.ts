/**
 * Sticker sets made through the control API: each has an id, access hash, short name,
 * title and a few sticker documents stored as real files, kept as JSON in the meta table.
 * A supergroup may name one as its chat sticker set (Chat.stickerSetId).
 */
import { Api } from "telegram";
import { mayChange } from "./chat-settings.ts";
import { rpcError } from "./errors.ts";
import { type FileRecord, fileById, fileFromBytes } from "./files.ts";
import { newAccessHash } from "./ids.ts";
import { documentTl } from "./media.ts";
import { big } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import type { World } from "./world.ts";

const META_KEY = "sticker_sets";
const EMOJIS = ["😀", "👍", "❤️", "🎉", "🤔", "😢"];
/** A 1×1 lossless WebP: the placeholder picture of every sandbox sticker (its attributes say 512×512, as real stickers are). */
const WEBP = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64");

export interface StickerSetRecord {
  /** Signed 64-bit id, decimal. */
  id: string;
  accessHash: string;
  shortName: string;
  title: string;
  ownerId: number;
  /** The stickers' file ids, in order. */
  fileIds: string[];
}

const allSets = (world: World): StickerSetRecord[] => JSON.parse(world.store.getMeta(META_KEY) ?? "[]") as StickerSetRecord[];

/** Short names are unique regardless of case, as on Telegram. */
export function stickerSetByName(world: World, shortName: string): StickerSetRecord | undefined {
  const wanted = shortName.toLowerCase();
  return allSets(world).find((s) => s.shortName.toLowerCase() === wanted);
}

export function stickerSetById(world: World, id: string): StickerSetRecord | undefined {
  return allSets(world).find((s) => s.id === id);
}

export function createStickerSet(world: World, owner: Account, shortName: string, title: string, count: number): StickerSetRecord {
  if (!/^[a-z][a-z0-9_]{0,63}$/i.test(shortName) || stickerSetByName(world, shortName)) throw rpcError("STICKERSET_INVALID");
  // The id is a random non-zero signed 64-bit number, made the way access hashes are.
  const stickerset = new Api.InputStickerSetID({ id: big(newAccessHash()), accessHash: big(newAccessHash()) });
  const files = Array.from({ length: count }, (_, i) => stickerFile(world, owner, stickerset, EMOJIS[i % EMOJIS.length]!));
  const record: StickerSetRecord = {
    id: stickerset.id.toString(),
    accessHash: stickerset.accessHash.toString(),
    shortName,
    title,
    ownerId: owner.id,
    fileIds: files.map((f) => f.id),
  };
  world.store.setMeta(META_KEY, JSON.stringify([...allSets(world), record]));
  return record;
}

function stickerFile(world: World, owner: Account, stickerset: Api.InputStickerSetID, alt: string): FileRecord {
  return fileFromBytes(world, WEBP, owner.dcId, {
    kind: "document",
    mimeType: "image/webp",
    attributes: [new Api.DocumentAttributeImageSize({ w: 512, h: 512 }), new Api.DocumentAttributeSticker({ alt, stickerset })].map((a) =>
      a.getBytes().toString("base64"),
    ),
    width: 512,
    height: 512,
  });
}

/** The set an InputStickerSet names (by id with its access hash, or by short name), or STICKERSET_INVALID. */
export function findStickerSet(world: World, input: Api.TypeInputStickerSet): StickerSetRecord {
  const found =
    input instanceof Api.InputStickerSetShortName
      ? stickerSetByName(world, input.shortName)
      : input instanceof Api.InputStickerSetID
        ? stickerSetById(world, input.id.toString())
        : undefined;
  if (!found || (input instanceof Api.InputStickerSetID && input.accessHash.toString() !== found.accessHash)) throw rpcError("STICKERSET_INVALID");
  return found;
}

export function stickerSetInfoTl(set: StickerSetRecord): Api.StickerSet {
  return new Api.StickerSet({
    id: big(set.id),
    accessHash: big(set.accessHash),
    title: set.title,
    shortName: set.shortName,
    count: set.fileIds.length,
    hash: 0,
  });
}

export function stickerSetTl(world: World, set: StickerSetRecord): Api.messages.StickerSet {
  const documents = set.fileIds.map((id) => documentTl(fileById(world, id)!));
  const alts = set.fileIds.map((_, i) => EMOJIS[i % EMOJIS.length]!);
  const packs = [...new Set(alts)].map(
    (emoticon) => new Api.StickerPack({ emoticon, documents: documents.filter((_, i) => alts[i] === emoticon).map((d) => d.id) }),
  );
  return new Api.messages.StickerSet({ set: stickerSetInfoTl(set), packs, keywords: [], documents });
}

/** Only a supergroup's admins with the change-info right may pick its sticker set. */
export const canSetStickers = (world: World, viewer: Account, chat: Chat): boolean =>
  chat.kind === "supergroup" && mayChange(world, viewer, chat, "changeInfo");

/** channels.setStickers: inputStickerSetEmpty removes the chat's set. */
export function setChatStickerSet(world: World, actor: Account, chat: Chat, input: Api.TypeInputStickerSet): void {
  if (chat.kind !== "supergroup") throw rpcError("CHANNEL_INVALID");
  if (!canSetStickers(world, actor, chat)) throw rpcError("CHAT_ADMIN_REQUIRED");
  chat.stickerSetId = input instanceof Api.InputStickerSetEmpty ? undefined : findStickerSet(world, input).id;
  world.saveChat(chat);
}

/** The chat's sticker set, as channelFull.stickerset shows it. */
export function chatStickerSet(world: World, chat: Chat): StickerSetRecord | undefined {
  return chat.stickerSetId ? stickerSetById(world, chat.stickerSetId) : undefined;
}
