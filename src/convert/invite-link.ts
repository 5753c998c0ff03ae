/** TL ChatInviteExported → Bot API ChatInviteLink. https://core.telegram.org/bots/api#chatinvitelink */
import type { ChatInviteLink } from "@grammyjs/types";
import type { Api } from "telegram";
import { userOf } from "./chat.ts";
import { toNumber } from "./long.ts";
import type { PeerDirectory } from "./peers.ts";

export function toChatInviteLink(invite: Api.ChatInviteExported, peers: PeerDirectory): ChatInviteLink {
  const out: ChatInviteLink = {
    invite_link: invite.link,
    creator: userOf(peers, toNumber(invite.adminId)),
    creates_join_request: Boolean(invite.requestNeeded),
    is_primary: Boolean(invite.permanent),
    is_revoked: Boolean(invite.revoked),
  };
  if (invite.title) out.name = invite.title;
  if (invite.expireDate) out.expire_date = invite.expireDate;
  if (invite.usageLimit) out.member_limit = invite.usageLimit;
  if (invite.requested) out.pending_join_request_count = invite.requested;
  if (invite.subscriptionPricing) {
    out.subscription_period = invite.subscriptionPricing.period;
    out.subscription_price = toNumber(invite.subscriptionPricing.amount);
  }
  return out;
}
