/**
 * Invite links: the primary link, extra links, subscription links, their edits and
 * revocation. https://core.telegram.org/bots/api#createchatinvitelink
 */
import bigInt from "big-integer";
import { Api } from "telegram";
import { toChatInviteLink } from "../../convert/invite-link.ts";
import { peerDirectory } from "../../convert/peers.ts";
import type { Account } from "../../telegram/account.ts";
import type { CallContext, Handler, Params } from "../types.ts";
import { type ChatTarget, chatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

type ChatPeerTarget = Exclude<ChatTarget, { kind: "private" }>;

async function inviteTarget(ctx: CallContext, params: Params): Promise<{ account: Account; target: ChatPeerTarget }> {
  const account = await ctx.account();
  const target = await chatTarget(account, params.chat_id, "write");
  if (target.kind === "private") throw chatError("privateInvite");
  return { account, target };
}

const num = (value: unknown) => (value as number | undefined) ?? 0;

/** Telegram answers an export with the link alone: its creator is the bot. */
const ownLink = (account: Account, invite: Api.TypeExportedChatInvite) =>
  toChatInviteLink(invite as Api.ChatInviteExported, peerDirectory([account.me]));

function checkLimits(params: Params): void {
  if (params.creates_join_request === true && num(params.member_limit) > 0) throw chatError("memberLimitWithRequest");
}

function inviteLinkOf(params: Params): string {
  const link = String(params.invite_link ?? "");
  if (!link) throw chatError("inviteLinkEmpty");
  return link;
}

async function edit(ctx: CallContext, params: Params, fields: Partial<Api.messages.EditExportedChatInvite>) {
  const { account, target } = await inviteTarget(ctx, params);
  const link = inviteLinkOf(params);
  const result = await account.invoke(new Api.messages.EditExportedChatInvite({ peer: target.peer, link, ...fields }), ctx.method);
  return toChatInviteLink(result.invite as Api.ChatInviteExported, peerDirectory(result.users));
}

export const exportChatInviteLink: Handler = async (ctx, params) => {
  const { account, target } = await inviteTarget(ctx, params);
  const invite = await account.invoke(new Api.messages.ExportChatInvite({ peer: target.peer, legacyRevokePermanent: true }), ctx.method);
  return (invite as Api.ChatInviteExported).link;
};

export const createChatInviteLink: Handler = async (ctx, params) => {
  checkLimits(params);
  const { account, target } = await inviteTarget(ctx, params);
  const invite = await account.invoke(
    new Api.messages.ExportChatInvite({
      peer: target.peer,
      title: (params.name as string | undefined) || undefined,
      expireDate: num(params.expire_date) || undefined,
      usageLimit: num(params.member_limit) || undefined,
      requestNeeded: params.creates_join_request === true || undefined,
    }),
    ctx.method,
  );
  return ownLink(account, invite);
};

export const createChatSubscriptionInviteLink: Handler = async (ctx, params) => {
  const period = num(params.subscription_period);
  const price = num(params.subscription_price);
  if (period <= 0 || price <= 0) throw chatError("subscriptionPricing");
  const { account, target } = await inviteTarget(ctx, params);
  const invite = await account.invoke(
    new Api.messages.ExportChatInvite({
      peer: target.peer,
      title: (params.name as string | undefined) || undefined,
      subscriptionPricing: new Api.StarsSubscriptionPricing({ period, amount: bigInt(price) }),
    }),
    ctx.method,
  );
  return ownLink(account, invite);
};

export const editChatInviteLink: Handler = (ctx, params) => {
  checkLimits(params);
  return edit(ctx, params, {
    title: (params.name as string | undefined) ?? "",
    expireDate: num(params.expire_date),
    usageLimit: num(params.member_limit),
    requestNeeded: params.creates_join_request === true,
  });
};

export const editChatSubscriptionInviteLink: Handler = (ctx, params) =>
  edit(ctx, params, { title: (params.name as string | undefined) ?? "" });

export const revokeChatInviteLink: Handler = (ctx, params) => edit(ctx, params, { revoked: true });
