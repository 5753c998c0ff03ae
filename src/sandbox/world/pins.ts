/** messages.unpinAllMessages: a group's or channel's pinned list emptied by a member allowed to pin. */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { isAdmin } from "./members.ts";
import type { Target } from "./messages.ts";
import type { Account } from "./types.ts";
import type { World } from "./world.ts";

export function unpinAll(world: World, actor: Account, target: Target): Api.messages.AffectedHistory {
  // Private chats keep no pinned list in this world, so there is nothing to unpin.
  if (target.kind === "user") return new Api.messages.AffectedHistory({ pts: actor.state.pts, ptsCount: 0, offset: 0 });
  const { chat } = target;
  const self = world.member(chat, actor.id);
  const allowed = chat.kind === "channel"
    ? isAdmin(self, "pinMessages") || isAdmin(self, "editMessages")
    : self !== undefined && (isAdmin(self, "pinMessages") || !chat.defaultBannedRights.pinMessages);
  if (!allowed) throw rpcError("CHAT_ADMIN_REQUIRED");
  chat.pinnedIds = [];
  world.saveChat(chat);
  return new Api.messages.AffectedHistory({ pts: chat.kind === "group" ? actor.state.pts : chat.pts, ptsCount: 0, offset: 0 });
}
