/** GET /control/chats/<chat_id>/topics → the forum's topics, General first: `{topics: [...]}`. */
import { listTopics } from "../world/forum-topics.ts";
import { parseBotApiChatId } from "../world/ids.ts";
import { ControlError, CONTROL_ERRORS, type ControlEnv } from "./env.ts";

export function viewTopics(env: ControlEnv, chatId: string) {
  const ref = parseBotApiChatId(Number(chatId));
  const chat = ref.kind === "user" ? undefined : env.world.chat(ref.id);
  if (!chat || chat.kind !== "supergroup") throw new ControlError(404, CONTROL_ERRORS.noChat(chatId));
  return {
    topics: listTopics(env.world, chat).map((t) => ({
      message_thread_id: t.id,
      name: t.title,
      icon_color: t.iconColor,
      ...(t.iconEmojiId ? { icon_custom_emoji_id: t.iconEmojiId } : {}),
      is_closed: t.closed,
      is_hidden: t.hidden,
      creator: t.creatorId,
    })),
  };
}
