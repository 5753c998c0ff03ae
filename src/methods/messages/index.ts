/** The handlers of the messages area, by Bot API method name. */
import type { Handler } from "../types.ts";
import { copyMessage, copyMessages } from "./copy-messages.ts";
import { deleteMessage, deleteMessages } from "./delete-messages.ts";
import { editMessageCaption } from "./edit-message-caption.ts";
import { editMessageReplyMarkup } from "./edit-message-reply-markup.ts";
import { editMessageText } from "./edit-message-text.ts";
import { forwardMessage, forwardMessages } from "./forward-messages.ts";
import { editMessageLiveLocation, stopMessageLiveLocation } from "./live-location.ts";
import { pinChatMessage, unpinAllChatMessages, unpinChatMessage } from "./pins.ts";
import { sendChatAction } from "./send-chat-action.ts";
import { sendContact } from "./send-contact.ts";
import { sendDice } from "./send-dice.ts";
import { sendLocation } from "./send-location.ts";
import { sendMessage } from "./send-message.ts";
import { sendPoll } from "./send-poll.ts";
import { sendVenue } from "./send-venue.ts";
import { setMessageReaction } from "./set-message-reaction.ts";
import { stopPoll } from "./stop-poll.ts";

export const messagesHandlers: Record<string, Handler> = {
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  editMessageCaption,
  deleteMessage,
  deleteMessages,
  forwardMessage,
  forwardMessages,
  copyMessage,
  copyMessages,
  sendChatAction,
  sendLocation,
  editMessageLiveLocation,
  stopMessageLiveLocation,
  sendVenue,
  sendContact,
  sendDice,
  sendPoll,
  stopPoll,
  setMessageReaction,
  pinChatMessage,
  unpinChatMessage,
  unpinAllChatMessages,
};
