/**
 * messages.migrateChat: the creator upgrades a basic group to a supergroup. The group is
 * deactivated and points at the new supergroup, which takes over its members, admins,
 * description and default rights; each side gets its service message.
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { sendMessage } from "./messages.ts";
import { big } from "./tl.ts";
import type { Account, Chat } from "./types.ts";
import type { World } from "./world.ts";

export function migrateChat(world: World, actor: Account, group: Chat, echo: boolean): { supergroup: Chat; updates: Api.TypeUpdate[] } {
  if (group.migratedTo !== undefined) throw rpcError("CHAT_ID_INVALID");
  if (group.creatorId !== actor.id) throw rpcError("CHAT_ADMIN_REQUIRED");
  const current = group.members.filter((m) => world.member(group, m.userId));
  const supergroup = world.createChat({
    kind: "supergroup",
    title: group.title,
    creatorId: group.creatorId,
    memberIds: current.map((m) => m.userId),
    adminIds: current.filter((m) => m.status === "administrator").map((m) => m.userId),
  });
  supergroup.about = group.about;
  supergroup.defaultBannedRights = { ...group.defaultBannedRights };
  world.saveChat(supergroup);
  const migrateTo = new Api.MessageActionChatMigrateTo({ channelId: big(supergroup.id) });
  const inGroup = sendMessage(world, actor, { kind: "chat", chat: group }, { text: "", action: migrateTo }, echo);
  group.migratedTo = supergroup.id;
  world.saveChat(group);
  const migrateFrom = new Api.MessageActionChannelMigrateFrom({ title: group.title, chatId: big(group.id) });
  const inSupergroup = sendMessage(world, actor, { kind: "chat", chat: supergroup }, { text: "", action: migrateFrom }, echo);
  return { supergroup, updates: [inGroup.senderUpdate, inSupergroup.senderUpdate] };
}
