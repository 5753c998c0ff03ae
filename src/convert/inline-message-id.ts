/**
 * inline_message_id ↔ TL InputBotInlineMessageID, in TDLib's form: the object's fields
 * (no constructor id) in base64url, told apart by length (20 bytes: the old form, 24:
 * the 64-bit one), so ids issued by the official server are read here and back.
 * https://core.telegram.org/bots/api#editmessagetext
 */
import bigInt from "big-integer";
import { Api } from "telegram";

export function toInlineMessageId(id: Api.TypeInputBotInlineMessageID): string {
  // getBytes() starts with the 4-byte constructor id, which TDLib does not write.
  return Buffer.from(id.getBytes()).subarray(4).toString("base64url");
}

/** Undefined when the text is not an inline message id. */
export function fromInlineMessageId(text: string): Api.TypeInputBotInlineMessageID | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64url");
  const long = (offset: number) => bigInt(bytes.readBigInt64LE(offset).toString());
  if (bytes.length === 20) return new Api.InputBotInlineMessageID({ dcId: bytes.readInt32LE(0), id: long(4), accessHash: long(12) });
  if (bytes.length === 24) {
    return new Api.InputBotInlineMessageID64({ dcId: bytes.readInt32LE(0), ownerId: long(4), id: bytes.readInt32LE(12), accessHash: long(16) });
  }
  return undefined;
}
