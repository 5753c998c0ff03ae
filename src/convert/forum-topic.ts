/** TL ForumTopic → Bot API ForumTopic. https://core.telegram.org/bots/api#forumtopic */
import type { ForumTopic } from "@grammyjs/types";
import type { Api } from "telegram";

export function toForumTopic(topic: Api.ForumTopic): ForumTopic {
  const out: ForumTopic = { message_thread_id: topic.id, name: topic.title, icon_color: topic.iconColor };
  if (topic.iconEmojiId) out.icon_custom_emoji_id = topic.iconEmojiId.toString();
  return out;
}
