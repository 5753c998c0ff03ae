import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { openChat } from "./target.ts";

/** The Bot API's action names (and their old aliases) → TL SendMessageAction. */
const ACTIONS: Record<string, () => Api.TypeSendMessageAction> = {
  cancel: () => new Api.SendMessageCancelAction(),
  typing: () => new Api.SendMessageTypingAction(),
  record_video: () => new Api.SendMessageRecordVideoAction(),
  upload_video: () => new Api.SendMessageUploadVideoAction({ progress: 0 }),
  record_voice: () => new Api.SendMessageRecordAudioAction(),
  record_audio: () => new Api.SendMessageRecordAudioAction(),
  upload_voice: () => new Api.SendMessageUploadAudioAction({ progress: 0 }),
  upload_audio: () => new Api.SendMessageUploadAudioAction({ progress: 0 }),
  upload_photo: () => new Api.SendMessageUploadPhotoAction({ progress: 0 }),
  upload_document: () => new Api.SendMessageUploadDocumentAction({ progress: 0 }),
  choose_sticker: () => new Api.SendMessageChooseStickerAction(),
  find_location: () => new Api.SendMessageGeoLocationAction(),
  pick_up_location: () => new Api.SendMessageGeoLocationAction(),
  record_video_note: () => new Api.SendMessageRecordRoundAction(),
  upload_video_note: () => new Api.SendMessageUploadRoundAction({ progress: 0 }),
};

/**
 * Shows "typing…" and the like in the chat (Telegram clears it after 5 s or the next message).
 * https://core.telegram.org/bots/api#sendchataction
 */
export const sendChatAction: Handler = async (ctx, params) => {
  const name = String(params.action ?? "").toLowerCase();
  const make = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!make) throw MESSAGE_ERRORS.wrongAction();
  const target = await openChat(ctx, params.chat_id);
  const threadId = typeof params.message_thread_id === "number" && params.message_thread_id > 0 ? params.message_thread_id : undefined;
  await target.account.invoke(new Api.messages.SetTyping({ peer: target.input, action: make(), topMsgId: threadId }), ctx.method);
  return true;
};
