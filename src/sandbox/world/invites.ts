/**
 * Invite links and join requests: admins make, edit and revoke links; users join by them
 * or, when a link needs approval, ask to join and wait for an admin (bots among the
 * chat's admins are told with updateBotChatInviteRequester).
 */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { isAdmin, join } from "./members.ts";
import { big, chatTl, peerOfChat, userTl } from "./tl.ts";
import type { Account, Chat, InviteLink } from "./types.ts";
import { addQtsEvent } from "./updates.ts";
import type { World } from "./world.ts";

const now = () => Math.floor(Date.now() / 1000);

export const inviteUrl = (hash: string) => `https://t.me/+${hash}`;

/** The hash of any link form Telegram accepts (t.me/+H, t.me/joinchat/H, or H itself). */
export function inviteHash(link: string): string {
  return link.replace(/^(?:https?:\/\/)?(?:t\.me|telegram\.me)\/(?:\+|joinchat\/)/i, "");
}

export function inviteTl(link: InviteLink): Api.ChatInviteExported {
  return new Api.ChatInviteExported({
    link: inviteUrl(link.hash),
    adminId: big(link.adminId),
    date: link.date,
    title: link.title,
    expireDate: link.expireDate,
    usageLimit: link.usageLimit,
    usage: link.usage || undefined,
    requested: (link.requestNeeded && link.requested) || undefined,
    requestNeeded: link.requestNeeded,
    permanent: link.permanent,
    revoked: link.revoked,
    subscriptionPricing: link.subscription
      ? new Api.StarsSubscriptionPricing({ period: link.subscription.period, amount: big(link.subscription.amount) })
      : undefined,
  });
}

function mayInvite(world: World, actor: Account, chat: Chat): void {
  if (!isAdmin(world.member(chat, actor.id), "inviteUsers")) throw rpcError("CHAT_ADMIN_REQUIRED");
}

export type InviteOptions = Pick<InviteLink, "title" | "expireDate" | "usageLimit" | "requestNeeded" | "subscription">;

/** A new link; `replacePrimary` revokes the admin's primary link and makes a new one (exportChatInviteLink). */
export function exportInvite(world: World, actor: Account, chat: Chat, options: InviteOptions, replacePrimary: boolean): InviteLink {
  mayInvite(world, actor, chat);
  const links = (chat.inviteLinks ??= []);
  if (replacePrimary) {
    for (const link of links) if (link.permanent && link.adminId === actor.id) link.revoked = true;
  }
  const link: InviteLink = {
    hash: randomBytes(12).toString("base64url"),
    adminId: actor.id,
    date: now(),
    usage: 0,
    requested: 0,
    ...(replacePrimary ? { permanent: true } : options),
  };
  links.push(link);
  world.saveChat(chat);
  return link;
}

function findLink(chat: Chat, link: string): InviteLink {
  const hash = inviteHash(link);
  const found = chat.inviteLinks?.find((l) => l.hash === hash);
  if (!found) throw rpcError("INVITE_HASH_EXPIRED");
  return found;
}

/** Edits or revokes a link; revoking a primary link also makes the admin a new one (returned second). */
export function editInvite(
  world: World,
  actor: Account,
  chat: Chat,
  link: string,
  changes: InviteOptions & { revoked?: boolean },
): { invite: InviteLink; replacement?: InviteLink } {
  mayInvite(world, actor, chat);
  const invite = findLink(chat, link);
  if (invite.revoked) throw rpcError("INVITE_HASH_EXPIRED");
  if (changes.revoked) {
    invite.revoked = true;
    world.saveChat(chat);
    const replacement = invite.permanent ? exportInvite(world, world.account(invite.adminId) ?? actor, chat, {}, true) : undefined;
    return { invite, replacement };
  }
  for (const key of ["title", "expireDate", "usageLimit", "requestNeeded"] as const) {
    if (changes[key] !== undefined) (invite as unknown as Record<string, unknown>)[key] = changes[key] || undefined;
  }
  world.saveChat(chat);
  return { invite };
}

/** messages.importChatInvite: joins, or files a join request (INVITE_REQUEST_SENT, as Telegram answers). */
export function importInvite(world: World, user: Account, link: string, echo: boolean): { chat: Chat; updates: Api.TypeUpdate[] } {
  const hash = inviteHash(link);
  const chat = [...world.chats.values()].find((c) => c.inviteLinks?.some((l) => l.hash === hash));
  const invite = chat?.inviteLinks?.find((l) => l.hash === hash);
  if (!chat || !invite) throw rpcError("INVITE_HASH_INVALID");
  const expired = invite.revoked || (invite.expireDate && invite.expireDate < now()) || (invite.usageLimit && invite.usage >= invite.usageLimit);
  if (expired) throw rpcError("INVITE_HASH_EXPIRED");
  if (world.member(chat, user.id)) throw rpcError("USER_ALREADY_PARTICIPANT");
  if (invite.requestNeeded) {
    const requests = (chat.joinRequests ??= []).filter((r) => r.userId !== user.id);
    requests.push({ userId: user.id, date: now(), hash });
    chat.joinRequests = requests;
    invite.requested = (invite.requested ?? 0) + 1;
    world.saveChat(chat);
    tellAdminBots(world, chat, user, invite);
    throw rpcError("INVITE_REQUEST_SENT");
  }
  const updates = join(world, user, chat, echo, true);
  invite.usage += 1;
  world.saveChat(chat);
  return { chat, updates };
}

/** messages.hideChatJoinRequest: approve (the user joins) or decline. */
export function hideJoinRequest(world: World, actor: Account, chat: Chat, userId: number, approved: boolean, echo: boolean): Api.TypeUpdate[] {
  mayInvite(world, actor, chat);
  const request = chat.joinRequests?.find((r) => r.userId === userId);
  if (!request) throw rpcError("HIDE_REQUESTER_MISSING");
  chat.joinRequests = chat.joinRequests!.filter((r) => r.userId !== userId);
  const invite = chat.inviteLinks?.find((l) => l.hash === request.hash);
  if (invite) invite.requested = Math.max(0, (invite.requested ?? 1) - 1);
  world.saveChat(chat);
  if (!approved) return [];
  const updates = join(world, world.account(userId)!, chat, echo, true);
  if (invite) invite.usage += 1;
  world.saveChat(chat);
  return updates;
}

function tellAdminBots(world: World, chat: Chat, user: Account, invite: InviteLink): void {
  for (const member of chat.members) {
    const bot = world.account(member.userId);
    if (bot?.kind !== "bot" || !isAdmin(world.member(chat, bot.id), "inviteUsers")) continue;
    const update = addQtsEvent(world, bot, (qts) =>
      new Api.UpdateBotChatInviteRequester({
        peer: peerOfChat(chat), date: now(), userId: big(user.id), about: "", invite: inviteTl(invite), qts,
      }),
    );
    world.push(bot.id, new Api.Updates({
      updates: [update],
      users: [userTl(user, bot.id), userTl(world.account(invite.adminId) ?? user, bot.id)],
      chats: [chatTl(world, chat, bot.id)],
      date: now(),
      seq: 0,
    }));
  }
}
