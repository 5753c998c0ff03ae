/** A Bot API user id → the InputUser to call Telegram with (access hash 0 when unseen, as TDLib does for bots). */
import bigInt from "big-integer";
import { Api } from "telegram";
import type { Account } from "../../telegram/account.ts";

export function toInputUser(account: Account, userId: number): Api.InputUser {
  const hash = account.peers.accessHash({ kind: "user", id: userId }) ?? "0";
  return new Api.InputUser({ userId: bigInt(userId), accessHash: bigInt(hash) });
}
