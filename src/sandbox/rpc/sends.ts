/** messages.* sends beyond one message of one's own: albums and chosen inline results. */
import { Api } from "telegram";
import { sendAlbum } from "../world/albums.ts";
import { sendInlineResult } from "../world/inline-send.ts";
import { fileFromInput, mediaTl } from "../world/media.ts";
import type { SendResult } from "../world/messages.ts";
import { updatesFor } from "../world/push.ts";
import { big } from "../world/tl.ts";
import type { Account } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext, userOnly } from "./context.ts";
import { resolvePeer } from "./peers.ts";

const replyToId = (replyTo: Api.TypeInputReplyTo | undefined) =>
  replyTo instanceof Api.InputReplyToMessage ? replyTo.replyToMsgId : undefined;

/** The sender's answer: each message's UpdateMessageID (by the client's random_id), then the messages. */
function sentUpdates(ctx: RpcContext, sender: Account, sent: SendResult[], randomIds: readonly (Api.long | undefined)[]): Api.Updates {
  const ids = sent.map((s, i) => new Api.UpdateMessageID({ id: s.message.id, randomId: randomIds[i] ?? big(0) }));
  const own = updatesFor(ctx.world, sender.id, sent.map((s) => s.senderUpdate));
  own.updates = [...ids, ...own.updates];
  return own;
}

function multiMedia(ctx: RpcContext, request: Api.messages.SendMultiMedia) {
  const sender = me(ctx);
  const target = resolvePeer(ctx.world, sender, request.peer);
  const items = request.multiMedia.map((item) => ({
    media: mediaTl(fileFromInput(ctx.world, sender, item.media)),
    text: item.message ?? "",
    entities: item.entities ?? undefined,
  }));
  const options = { silent: request.silent ?? undefined, replyToId: replyToId(request.replyTo ?? undefined) };
  const sent = sendAlbum(ctx.world, sender, target, items, options, ctx.echo);
  return sentUpdates(ctx, sender, sent, request.multiMedia.map((item) => item.randomId));
}

function inlineResult(ctx: RpcContext, request: Api.messages.SendInlineBotResult) {
  const user = userOnly(me(ctx));
  const target = resolvePeer(ctx.world, user, request.peer);
  const options = { silent: request.silent ?? undefined, replyToId: replyToId(request.replyTo ?? undefined) };
  const sent = sendInlineResult(ctx.world, user, target, request.queryId.toString(), request.id, options, ctx.echo);
  return sentUpdates(ctx, user, [sent], [request.randomId]);
}

export const sendsHandlers: HandlerTable = {
  "messages.SendMultiMedia": multiMedia,
  "messages.SendInlineBotResult": inlineResult,
};
