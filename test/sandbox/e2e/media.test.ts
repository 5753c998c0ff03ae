/** Files with stock GramJS clients: uploads in parts, media pushes, downloads across DCs. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "telegram";
import { CustomFile } from "telegram/client/uploads";
import { Raw } from "telegram/events";
import type { SandboxTelegramClient } from "../../../src/telegram/sandbox-connection.ts";
import { Harness } from "./helpers.ts";

let h: Harness;
const dir = mkdtempSync(join(tmpdir(), "sandbox-media-"));
let bot: { id: number; token: string; username: string };
let user: { id: number; phone: string };
let botClient: SandboxTelegramClient;
let userClient: SandboxTelegramClient;

function nextMessage(client: SandboxTelegramClient): Promise<Api.Message> {
  return new Promise((resolve) => {
    const handler = (update: unknown) => {
      if (!(update instanceof Api.UpdateNewMessage) || !(update.message as Api.Message).media) return;
      client.removeEventHandler(handler, new Raw({}));
      resolve(update.message as Api.Message);
    };
    client.addEventHandler(handler, new Raw({}));
  });
}

/** A PNG signature and IHDR chunk: enough for a photo's dimensions. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "latin1");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, randomBytes(2000)]);
}

beforeAll(async () => {
  // On disk: the 100 MB file below stays out of memory.
  h = await Harness.start({ dir: join(dir, "world") });
  bot = await h.ok("POST", "/control/bots", { username: "files_bot" });
  // The user lives on DC 2, the bot on DC 1: the bot's download goes through FILE_MIGRATE_2.
  user = await h.ok("POST", "/control/users", { first_name: "Uma", phone: "9996620055" });
  botClient = await h.bot(bot.token);
  userClient = await h.user(user.phone);
});

afterAll(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("a document uploaded in parts on DC 2 downloads identical from the bot on DC 1", async () => {
  const data = randomBytes(3 * 1024 * 1024 + 12345);
  const received = nextMessage(botClient);
  await userClient.sendFile(bot.username, { file: new CustomFile("blob.bin", data.length, "", data), forceDocument: true, workers: 4 });
  const message = await received;
  const document = (message.media as Api.MessageMediaDocument).document as Api.Document;
  expect(document.dcId).toBe(2);
  expect(document.size.toJSNumber()).toBe(data.length);
  const downloaded = (await botClient.downloadMedia(message, {})) as Buffer;
  expect(Buffer.compare(downloaded, data)).toBe(0);
}, 120_000);

test("control API media: a photo with its dimensions and a voice note", async () => {
  const photo = pngHeader(640, 480);
  const received = nextMessage(botClient);
  await h.ok("POST", "/control/messages", { from: user.id, chat_id: bot.id, text: "look", media: { type: "photo", data: photo.toString("base64") } });
  const message = await received;
  expect(message.message).toBe("look");
  const size = ((message.media as Api.MessageMediaPhoto).photo as Api.Photo).sizes[0] as Api.PhotoSize;
  expect([size.type, size.w, size.h]).toEqual(["x", 640, 480]);
  expect(Buffer.compare((await botClient.downloadMedia(message, {})) as Buffer, photo)).toBe(0);

  await h.ok("POST", "/control/messages", { from: user.id, chat_id: bot.id, media: { type: "voice", data: randomBytes(100).toString("base64"), duration: 3 } });
  const [voice] = (await h.ok("GET", `/control/chats/${user.id}/messages?as=${bot.id}&limit=1`)).messages;
  expect(voice.media).toEqual({ type: "voice", mime_type: "audio/ogg", file_size: 100, duration: 3 });
});

test("a 100 MB file uploads in parts and downloads identical", async () => {
  const data = randomBytes(100 * 1024 * 1024);
  const path = join(dir, "big.bin");
  writeFileSync(path, data);
  const message = await userClient.sendFile(bot.username, { file: path, forceDocument: true, workers: 8 });
  const downloaded = (await userClient.downloadMedia(message, {})) as Buffer;
  expect(downloaded.length).toBe(data.length);
  expect(Buffer.compare(downloaded, data)).toBe(0);
}, 120_000);
