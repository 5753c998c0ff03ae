/**
 * Banning, unbanning and restricting in supergroups and channels (channels.editBanned),
 * with the official server's checks on the target's current status.
 */
import { Api } from "telegram";
import type { Account } from "../../telegram/account.ts";
import type { ChatTarget } from "./target.ts";
import { chatError } from "./texts.ts";

type ChannelTarget = Extract<ChatTarget, { kind: "channel" }>;

/** Everything forbidden, from now until `untilDate` (0: forever): the TL form of "kicked". */
export const BANNED = (untilDate: number) =>
  new Api.ChatBannedRights({
    untilDate, viewMessages: true, sendMessages: true, sendMedia: true, sendStickers: true, sendGifs: true,
    sendGames: true, sendInline: true, embedLinks: true,
  });

export const NOTHING_BANNED = () => new Api.ChatBannedRights({ untilDate: 0 });

export function editBanned(
  account: Account,
  target: ChannelTarget,
  participant: Api.TypeInputPeer,
  rights: Api.ChatBannedRights,
  method: string,
) {
  return account.invoke(new Api.channels.EditBanned({ channel: target.channel, participant, bannedRights: rights }), method);
}

/** The bot itself can be neither banned nor restricted (TDLib refuses before asking Telegram). */
export function refuseSelf(account: Account, userId: number): void {
  if (userId === account.id) throw chatError("restrictSelf");
}

export const peerOfUser = (input: Api.InputUser) => new Api.InputPeerUser({ userId: input.userId, accessHash: input.accessHash });
