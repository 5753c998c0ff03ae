/**
 * The default topic icons (inputStickerSetEmojiDefaultTopicIcons): a few animated custom
 * emoji, made once per world as real stored files so they can be downloaded, and kept by
 * their file ids in the meta table.
 */
import { gzipSync } from "node:zlib";
import { Api } from "telegram";
import { type FileRecord, fileById, fileFromBytes } from "./files.ts";
import { documentTl } from "./media.ts";
import { big } from "./tl.ts";
import type { World } from "./world.ts";

const META_KEY = "topic_icons";
const ICONS = ["📰", "💡", "⚡️", "🎙", "🔝", "🗣"];
const SHORT_NAME = "Topics";

/** A minimal Lottie animation (an empty 512×512 scene named after the emoji), gzipped as .tgs is. */
const tgs = (emoji: string) =>
  gzipSync(JSON.stringify({ v: "5.5.2", fr: 60, ip: 0, op: 60, w: 512, h: 512, nm: emoji, layers: [] }));

function createIcons(world: World): FileRecord[] {
  return ICONS.map((alt) =>
    fileFromBytes(world, tgs(alt), 1, {
      kind: "document",
      mimeType: "application/x-tgsticker",
      attributes: [
        new Api.DocumentAttributeImageSize({ w: 512, h: 512 }),
        new Api.DocumentAttributeCustomEmoji({ alt, free: true, textColor: true, stickerset: new Api.InputStickerSetEmojiDefaultTopicIcons() }),
      ].map((a) => a.getBytes().toString("base64")),
    }),
  );
}

function iconFiles(world: World): FileRecord[] {
  const stored = world.store.getMeta(META_KEY);
  const files = stored ? (JSON.parse(stored) as string[]).map((id) => fileById(world, id)) : [];
  if (files.length > 0 && files.every(Boolean)) return files as FileRecord[];
  const created = createIcons(world);
  world.store.setMeta(META_KEY, JSON.stringify(created.map((f) => f.id)));
  return created;
}

export function topicIconSet(world: World): Api.messages.StickerSet {
  const files = iconFiles(world);
  const documents = files.map(documentTl);
  return new Api.messages.StickerSet({
    set: new Api.StickerSet({
      id: big(files[0]!.id),
      accessHash: big(files[0]!.accessHash),
      title: "Topic Icons",
      shortName: SHORT_NAME,
      count: documents.length,
      hash: 0,
      emojis: true,
    }),
    packs: ICONS.map((emoticon, i) => new Api.StickerPack({ emoticon, documents: [documents[i]!.id] })),
    keywords: [],
    documents,
  });
}
