/** The handlers of the bot area, by Bot API method name. */
import type { Handler } from "../types.ts";
import { answerCallbackQuery } from "./answer-callback-query.ts";
import { answerInlineQuery } from "./answer-inline-query.ts";
import { answerWebAppQuery } from "./answer-web-app-query.ts";
import { getMyDescription, getMyName, getMyShortDescription, setMyDescription, setMyName, setMyShortDescription } from "./bot-info.ts";
import { getChatMenuButton, setChatMenuButton } from "./chat-menu-button.ts";
import { getMyDefaultAdministratorRights, setMyDefaultAdministratorRights } from "./default-admin-rights.ts";
import {
  createForumTopic,
  editForumTopic,
  closeForumTopic,
  reopenForumTopic,
  deleteForumTopic,
  unpinAllForumTopicMessages,
  editGeneralForumTopic,
  closeGeneralForumTopic,
  reopenGeneralForumTopic,
  hideGeneralForumTopic,
  unhideGeneralForumTopic,
  unpinAllGeneralForumTopicMessages,
} from "./forum-topics.ts";
import { getForumTopicIconStickers } from "./get-forum-topic-icon-stickers.ts";
import { deleteMyCommands, getMyCommands, setMyCommands } from "./my-commands.ts";
import { savePreparedInlineMessage } from "./save-prepared-inline-message.ts";

export const botHandlers: Record<string, Handler> = {
  answerCallbackQuery,
  answerInlineQuery,
  answerWebAppQuery,
  savePreparedInlineMessage,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setMyName,
  getMyName,
  setMyDescription,
  getMyDescription,
  setMyShortDescription,
  getMyShortDescription,
  setChatMenuButton,
  getChatMenuButton,
  setMyDefaultAdministratorRights,
  getMyDefaultAdministratorRights,
  createForumTopic,
  editForumTopic,
  closeForumTopic,
  reopenForumTopic,
  deleteForumTopic,
  unpinAllForumTopicMessages,
  editGeneralForumTopic,
  closeGeneralForumTopic,
  reopenGeneralForumTopic,
  hideGeneralForumTopic,
  unhideGeneralForumTopic,
  unpinAllGeneralForumTopicMessages,
  getForumTopicIconStickers,
};
