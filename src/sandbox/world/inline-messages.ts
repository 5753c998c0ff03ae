/**
 * Messages sent through a bot's inline results, as the bot names them afterwards: an
 * InputBotInlineMessageID (dc, owner and message, with an access hash only the bot can
 * present), and messages.editInlineBotMessage, which edits the sender's message in
 * every copy as if its sender had edited it.
 */
import { createHash } from "node:crypto";
import bigInt from "big-integer";
import { Api } from "telegram";
import { type MessageChange, editMessage } from "./edits.ts";
import { rpcError } from "./errors.ts";
import type { SendResult, Target } from "./messages.ts";
import { big, decodeTl } from "./tl.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

const TWO_32 = bigInt(2).pow(32);

/** Hash of the message's random link and the bot: unguessable, and tied to that one bot. */
function accessHash(link: string, botId: number): Api.long {
  const digest = createHash("sha256").update(`${link}:${botId}`).digest();
  return bigInt(digest.readBigInt64LE(0).toString());
}

/**
 * The id the bot gets in updateBotInlineSend. Supergroups and channels keep one copy
 * under the channel's numbering (the 64-bit form names the channel); elsewhere the
 * sender's own copy is meant (the old form packs the sender and message into `id`).
 */
export function inlineMessageId(world: World, bot: Account, sender: Account, target: Target, sent: SendResult): Api.TypeInputBotInlineMessageID {
  const channel = target.kind === "chat" && target.chat.kind !== "group" ? target.chat : undefined;
  const box = channel ? `c${channel.id}` : `u${sender.id}`;
  const row = world.store.getMessage(box, sent.message.id)!;
  const hash = accessHash(row.link, bot.id);
  if (channel) return new Api.InputBotInlineMessageID64({ dcId: sender.dcId, ownerId: big(channel.id), id: row.id, accessHash: hash });
  return new Api.InputBotInlineMessageID({ dcId: sender.dcId, id: bigInt(sender.id).multiply(TWO_32).add(row.id), accessHash: hash });
}

interface Located {
  owner: Account;
  target: Target;
  id: number;
}

/** The sender's copy an id names (any mismatch: MESSAGE_ID_INVALID, as Telegram answers). */
function locate(world: World, bot: Account, input: Api.TypeInputBotInlineMessageID): Located {
  const channelId = input instanceof Api.InputBotInlineMessageID64 ? input.ownerId.toJSNumber() : undefined;
  const [box, id] = channelId !== undefined
    ? [`c${channelId}`, (input as Api.InputBotInlineMessageID64).id]
    : [`u${bigInt(input.id.toString()).divide(TWO_32).toJSNumber()}`, bigInt(input.id.toString()).mod(TWO_32).toJSNumber()];
  const row = world.store.getMessage(box, id);
  if (!row || !accessHash(row.link, bot.id).eq(input.accessHash)) throw rpcError("MESSAGE_ID_INVALID");
  const message = decodeTl<Api.Message>(row.data);
  if (!(message instanceof Api.Message) || !message.viaBotId?.eq(big(bot.id))) throw rpcError("MESSAGE_ID_INVALID");
  if (channelId !== undefined) {
    const chat = world.chat(channelId);
    const author = message.fromId instanceof Api.PeerUser ? world.account(message.fromId.userId.toJSNumber()) : undefined;
    if (!chat || !author) throw rpcError("MESSAGE_ID_INVALID");
    return { owner: author, target: { kind: "chat", chat }, id };
  }
  const owner = world.account(Number(box.slice(1)))!;
  const peerId = Number(row.peer.slice(1));
  if (row.peer.startsWith("g")) return { owner, target: { kind: "chat", chat: world.chat(peerId)! }, id };
  return { owner, target: { kind: "user", account: world.account(peerId)! }, id };
}

/** messages.editInlineBotMessage: the sender's sessions see the edit too, since they did not make it. */
export function editInlineMessage(world: World, bot: Account, input: Api.TypeInputBotInlineMessageID, change: MessageChange): void {
  const { owner, target, id } = locate(world, bot, input);
  const own = editMessage(world, owner, target, id, { ...change, replaceMarkup: true });
  world.push(owner.id, own);
}
