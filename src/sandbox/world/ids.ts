/** Identifier forms shared by the world and the control API. */
import { randomBytes } from "node:crypto";

/** Bot API form of a supergroup/channel id: −(10^12 + id). */
const CHANNEL_SHIFT = 1_000_000_000_000;

export type ChatRef =
  | { kind: "user"; id: number }
  | { kind: "group"; id: number }
  | { kind: "channel"; id: number };

/** Parses a Bot API chat_id (users positive, groups −id, channels −100…). */
export function parseBotApiChatId(chatId: number): ChatRef {
  if (!Number.isSafeInteger(chatId) || chatId === 0) throw new Error(`bad chat id ${chatId}`);
  if (chatId > 0) return { kind: "user", id: chatId };
  if (chatId < -CHANNEL_SHIFT) return { kind: "channel", id: -chatId - CHANNEL_SHIFT };
  return { kind: "group", id: -chatId };
}

export function botApiChatId(ref: ChatRef): number {
  if (ref.kind === "user") return ref.id;
  if (ref.kind === "group") return -ref.id;
  return -(CHANNEL_SHIFT + ref.id);
}

/** A token as BotFather gives them: `<bot id>:<35 base64url characters>`. */
export function newBotToken(botId: number): string {
  return `${botId}:AA${randomBytes(27).toString("base64url").slice(0, 33)}`;
}

/** A random non-zero signed 64-bit access_hash, as a decimal string. */
export function newAccessHash(): string {
  const value = randomBytes(8).readBigInt64LE(0);
  return value === 0n ? "1" : value.toString();
}

/** Test-server phones `99966XYYYY` are homed on DC X and always get code XXXXX. */
export function testPhoneDc(phone: string, dcCount: number): number | undefined {
  const match = /^99966(\d)\d{4}$/.exec(phone);
  if (!match) return undefined;
  const dc = Number(match[1]);
  return dc >= 1 && dc <= dcCount ? dc : undefined;
}

export function normalizePhone(phone: string): string {
  return phone.replace(/[^0-9]/g, "");
}
