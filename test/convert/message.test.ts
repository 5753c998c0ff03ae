import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toBotMessage, type MessageOptions } from "../../src/convert/message.ts";
import { CHANNEL_BOT, GROUP_ANONYMOUS_BOT } from "../../src/convert/sender.ts";
import { peerDirectory } from "../../src/convert/peers.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import {
  ANN_CHAT, ANN_ID, ANN_USER, BOT_ID, BOT_USER, CHANNEL_CHAT, CHANNEL_ID, channelPeer, chatPeer, FORUM_ID, GROUP_CHAT,
  GROUP_ID, media, peers, SUPERGROUP_CHAT, SUPERGROUP_ID, userPeer,
} from "./fixtures.ts";

const options: MessageOptions = { ...media, selfId: BOT_ID };
const DATE = 1700000000;
const msg = (fields: Partial<ConstructorParameters<typeof Api.Message>[0]> & Record<string, unknown>) =>
  stub(Api.Message, { id: 10, date: DATE, message: "", peerId: userPeer(ANN_ID), ...fields } as never);
const service = (action: Api.TypeMessageAction, fields: Record<string, unknown> = {}) =>
  stub(Api.MessageService, { id: 11, date: DATE, peerId: chatPeer(GROUP_ID), fromId: userPeer(ANN_ID), action, ...fields } as never);

function convert(raw: Api.Message | Api.MessageService, opts: MessageOptions = options) {
  const out = toBotMessage(raw, peers, opts);
  if (out) expectBotApi("Message", out);
  return out;
}

describe("senders and chats", () => {
  const cases: [string, Api.Message, object][] = [
    ["incoming private text", msg({ message: "hi" }), { from: ANN_USER, chat: ANN_CHAT, text: "hi" }],
    ["outgoing private text is from the bot", msg({ message: "yo", out: true }), { from: BOT_USER, chat: ANN_CHAT, text: "yo" }],
    ["group message", msg({ peerId: chatPeer(GROUP_ID), fromId: userPeer(ANN_ID), message: "g" }), { from: ANN_USER, chat: GROUP_CHAT, text: "g" }],
    [
      "anonymous admin speaks as the group",
      msg({ peerId: channelPeer(SUPERGROUP_ID), fromId: channelPeer(SUPERGROUP_ID), message: "a" }),
      { from: GROUP_ANONYMOUS_BOT, sender_chat: SUPERGROUP_CHAT, chat: SUPERGROUP_CHAT, text: "a" },
    ],
    [
      "a channel speaks in a group",
      msg({ peerId: channelPeer(SUPERGROUP_ID), fromId: channelPeer(CHANNEL_ID), message: "c" }),
      { from: CHANNEL_BOT, sender_chat: CHANNEL_CHAT, chat: SUPERGROUP_CHAT, text: "c" },
    ],
    [
      "channel post with a signature",
      msg({ peerId: channelPeer(CHANNEL_ID), post: true, message: "news", postAuthor: "Ed" }),
      { sender_chat: CHANNEL_CHAT, chat: CHANNEL_CHAT, text: "news", author_signature: "Ed" },
    ],
  ];
  test.each(cases)("%s", (_name, raw, expected) => {
    expect(convert(raw)).toEqual({ message_id: 10, date: DATE, ...expected } as never);
  });
});

describe("message fields", () => {
  const cases: [string, Partial<Record<string, unknown>>, object][] = [
    [
      "entities",
      { message: "bold link", entities: [stub(Api.MessageEntityBold, { offset: 0, length: 4 }), stub(Api.MessageEntityTextUrl, { offset: 5, length: 4, url: "https://x.y/" })] },
      {
        text: "bold link", entities: [{ offset: 0, length: 4, type: "bold" }, { offset: 5, length: 4, type: "text_link", url: "https://x.y/" }],
        link_preview_options: { is_disabled: true },
      },
    ],
    ["edit date", { message: "e", editDate: DATE + 5 }, { text: "e", edit_date: DATE + 5 }],
    ["hidden edit date", { message: "e", editDate: DATE + 5, editHide: true }, { text: "e" }],
    ["protected content", { message: "p", noforwards: true }, { text: "p", has_protected_content: true }],
    ["album", { message: "", groupedId: long("13000000000000001") }, { media_group_id: "13000000000000001" }],
    ["via bot", { message: "v", viaBotId: long(BOT_ID) }, { text: "v", via_bot: BOT_USER }],
    ["effect and offline", { message: "x", effect: long("5104841245755180586"), offline: true }, { text: "x", effect_id: "5104841245755180586", is_from_offline: true }],
    [
      "inline keyboard",
      { message: "k", replyMarkup: stub(Api.ReplyInlineMarkup, { rows: [stub(Api.KeyboardButtonRow, { buttons: [stub(Api.KeyboardButtonCallback, { text: "a", data: Buffer.from("b") })] })] }) },
      { text: "k", reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "b" }]] } },
    ],
    ["reply keyboards are not shown", { message: "k", replyMarkup: stub(Api.ReplyKeyboardHide, {}) }, { text: "k" }],
    [
      "caption with entities above the media",
      {
        message: "cap", invertMedia: true, entities: [stub(Api.MessageEntityItalic, { offset: 0, length: 3 })],
        media: stub(Api.MessageMediaDocument, { document: stub(Api.Document, { id: long(11), accessHash: long(1), size: long(5), mimeType: "text/plain", attributes: [] }) }),
      },
      {
        caption: "cap", caption_entities: [{ offset: 0, length: 3, type: "italic" }], show_caption_above_media: true,
        document: { file_id: "F-document:11", file_unique_id: "U-document:11", mime_type: "text/plain", file_size: 5 },
      },
    ],
    [
      "a sticker has no caption",
      {
        message: "",
        media: stub(Api.MessageMediaDocument, {
          document: stub(Api.Document, { id: long(11), accessHash: long(1), size: long(5), mimeType: "image/webp", attributes: [stub(Api.DocumentAttributeSticker, { alt: "👍", stickerset: stub(Api.InputStickerSetEmpty) })] }),
        }),
      },
      { sticker: { file_id: "F-sticker:11", file_unique_id: "U-sticker:11", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍", file_size: 5 } },
    ],
    ["dice", { media: stub(Api.MessageMediaDice, { value: 3, emoticon: "🎯" }) }, { dice: { emoji: "🎯", value: 3 } }],
    [
      "link preview is a text message with its options",
      {
        message: "see x.y", invertMedia: true,
        media: stub(Api.MessageMediaWebPage, { forceLargeMedia: true, webpage: stub(Api.WebPagePending, { id: long(1), url: "https://x.y/", date: 0 }) }),
      },
      { text: "see x.y", link_preview_options: { url: "https://x.y/", prefer_large_media: true, show_above_text: true } },
    ],
    [
      "a link without a preview: the preview was disabled",
      { message: "https://x.y", entities: [stub(Api.MessageEntityUrl, { offset: 0, length: 11 })] },
      { text: "https://x.y", entities: [{ offset: 0, length: 11, type: "url" }], link_preview_options: { is_disabled: true } },
    ],
  ];
  test.each(cases)("%s", (_name, fields, expected) => {
    expect(convert(msg({ ...fields }))).toEqual({ message_id: 10, date: DATE, from: ANN_USER, chat: ANN_CHAT, ...expected } as never);
  });
});

describe("forwards", () => {
  const fwd = (fields: Record<string, unknown>) => stub(Api.MessageFwdHeader, { date: DATE - 100, ...fields } as never);
  const cases: [string, Api.MessageFwdHeader, object][] = [
    ["from a user", fwd({ fromId: userPeer(ANN_ID) }), { type: "user", date: DATE - 100, sender_user: ANN_USER }],
    ["from a hidden user", fwd({ fromName: "Secret" }), { type: "hidden_user", date: DATE - 100, sender_user_name: "Secret" }],
    [
      "from a channel post",
      fwd({ fromId: channelPeer(CHANNEL_ID), channelPost: 77, postAuthor: "Ed" }),
      { type: "channel", date: DATE - 100, chat: CHANNEL_CHAT, message_id: 77, author_signature: "Ed" },
    ],
    ["from a group speaking as itself", fwd({ fromId: channelPeer(SUPERGROUP_ID) }), { type: "chat", date: DATE - 100, sender_chat: SUPERGROUP_CHAT }],
  ];
  test.each(cases)("%s", (_name, header, origin) => {
    expect(convert(msg({ message: "f", fwdFrom: header }))?.forward_origin).toEqual(origin as never);
  });

  test("a channel post copied into its discussion group is an automatic forward", () => {
    const raw = msg({
      peerId: channelPeer(SUPERGROUP_ID), fromId: channelPeer(CHANNEL_ID), message: "post",
      fwdFrom: fwd({ fromId: channelPeer(CHANNEL_ID), channelPost: 5, savedFromPeer: channelPeer(CHANNEL_ID), savedFromMsgId: 5 }),
    });
    expect(convert(raw)?.is_automatic_forward).toBe(true);
  });
});

describe("replies", () => {
  const header = (fields: Record<string, unknown>) => stub(Api.MessageReplyHeader, fields as never);
  const replied = msg({ id: 9, message: "question" });

  test("reply_to_message from the replied message, one level deep", () => {
    const repliedWithReply = msg({ id: 9, message: "question", replyTo: header({ replyToMsgId: 8 }) });
    const out = convert(msg({ message: "answer", replyTo: header({ replyToMsgId: 9 }) }), { ...options, replyTo: repliedWithReply });
    expect(out?.reply_to_message).toEqual({ message_id: 9, date: DATE, from: ANN_USER, chat: ANN_CHAT, text: "question" } as never);
  });

  test("no reply_to_message when the caller has not the replied message", () => {
    expect(convert(msg({ message: "a", replyTo: header({ replyToMsgId: 9 }) }))?.reply_to_message).toBeUndefined();
    expect(convert(msg({ message: "a", replyTo: header({ replyToMsgId: 9 }) }), { ...options, replyTo: msg({ id: 3 }) })?.reply_to_message).toBeUndefined();
  });

  test("quote", () => {
    const out = convert(msg({
      message: "a",
      replyTo: header({ replyToMsgId: 9, quote: true, quoteText: "quest", quoteOffset: 0, quoteEntities: [stub(Api.MessageEntityBold, { offset: 0, length: 5 })] }),
    }), { ...options, replyTo: replied });
    expect(out?.quote).toEqual({ text: "quest", position: 0, entities: [{ offset: 0, length: 5, type: "bold" }], is_manual: true });
  });

  test("a reply to another chat is an external reply with its origin and media", () => {
    const out = convert(msg({
      message: "a",
      replyTo: header({
        replyToMsgId: 50, replyToPeerId: channelPeer(CHANNEL_ID),
        replyFrom: stub(Api.MessageFwdHeader, { date: DATE - 9, fromId: channelPeer(CHANNEL_ID), channelPost: 50 }),
        replyMedia: stub(Api.MessageMediaDice, { value: 1, emoticon: "🎲" }),
      }),
    }), { ...options, replyTo: replied });
    expect(out?.reply_to_message).toBeUndefined();
    expect(out?.external_reply).toEqual({
      origin: { type: "channel", date: DATE - 9, chat: CHANNEL_CHAT, message_id: 50 },
      chat: CHANNEL_CHAT,
      message_id: 50,
      dice: { emoji: "🎲", value: 1 },
    } as never);
  });

  test("forum topics and threads", () => {
    const topic = convert(msg({ peerId: channelPeer(FORUM_ID), fromId: userPeer(ANN_ID), message: "t", replyTo: header({ forumTopic: true, replyToMsgId: 4 }) }));
    expect([topic?.message_thread_id, topic?.is_topic_message]).toEqual([4, true]);
    const thread = convert(msg({ peerId: channelPeer(SUPERGROUP_ID), fromId: userPeer(ANN_ID), message: "t", replyTo: header({ replyToMsgId: 6, replyToTopId: 2 }) }));
    expect([thread?.message_thread_id, thread?.is_topic_message]).toEqual([2, undefined]);
    const privateReply = convert(msg({ message: "t", replyTo: header({ replyToMsgId: 6 }) }));
    expect(privateReply?.message_thread_id).toBeUndefined();
  });
});

describe("service messages", () => {
  const photo = stub(Api.Photo, { id: long(9), accessHash: long(1), dcId: 2, sizes: [stub(Api.PhotoSize, { type: "a", w: 160, h: 160, size: 100 })] });
  const cases: [string, Api.TypeMessageAction, object][] = [
    ["members added", stub(Api.MessageActionChatAddUser, { users: [long(ANN_ID), long(BOT_ID)] }), { new_chat_members: [ANN_USER, BOT_USER] }],
    ["joined by link", stub(Api.MessageActionChatJoinedByLink, { inviterId: long(1) }), { new_chat_members: [ANN_USER] }],
    ["joined by request", stub(Api.MessageActionChatJoinedByRequest), { new_chat_members: [ANN_USER] }],
    ["member left", stub(Api.MessageActionChatDeleteUser, { userId: long(ANN_ID) }), { left_chat_member: ANN_USER }],
    ["title", stub(Api.MessageActionChatEditTitle, { title: "New" }), { new_chat_title: "New" }],
    ["photo", stub(Api.MessageActionChatEditPhoto, { photo }), { new_chat_photo: [{ file_id: "F-photo:9:a", file_unique_id: "U-photo:9:a", width: 160, height: 160, file_size: 100 }] }],
    ["photo deleted", stub(Api.MessageActionChatDeletePhoto), { delete_chat_photo: true }],
    ["group created", stub(Api.MessageActionChatCreate, { title: "G", users: [] }), { group_chat_created: true }],
    ["migrated to a supergroup", stub(Api.MessageActionChatMigrateTo, { channelId: long(SUPERGROUP_ID) }), { migrate_to_chat_id: -1000000000200 }],
    ["auto-delete timer", stub(Api.MessageActionSetMessagesTTL, { period: 86400 }), { message_auto_delete_timer_changed: { message_auto_delete_time: 86400 } }],
    ["video chat started", stub(Api.MessageActionGroupCall, { call: stub(Api.InputGroupCall, { id: long(1), accessHash: long(1) }) }), { video_chat_started: {} }],
    ["video chat ended", stub(Api.MessageActionGroupCall, { call: stub(Api.InputGroupCall, { id: long(1), accessHash: long(1) }), duration: 30 }), { video_chat_ended: { duration: 30 } }],
    ["video chat scheduled", stub(Api.MessageActionGroupCallScheduled, { call: stub(Api.InputGroupCall, { id: long(1), accessHash: long(1) }), scheduleDate: DATE + 60 }), { video_chat_scheduled: { start_date: DATE + 60 } }],
    ["invited to video chat", stub(Api.MessageActionInviteToGroupCall, { call: stub(Api.InputGroupCall, { id: long(1), accessHash: long(1) }), users: [long(BOT_ID)] }), { video_chat_participants_invited: { users: [BOT_USER] } }],
    [
      "proximity alert",
      stub(Api.MessageActionGeoProximityReached, { fromId: userPeer(ANN_ID), toId: userPeer(BOT_ID), distance: 50 }),
      { proximity_alert_triggered: { traveler: ANN_USER, watcher: BOT_USER, distance: 50 } },
    ],
    ["boosts", stub(Api.MessageActionBoostApply, { boosts: 2 }), { boost_added: { boost_count: 2 } }],
  ];
  test.each(cases)("%s", (_name, action, expected) => {
    expect(convert(service(action))).toEqual({ message_id: 11, date: DATE, from: ANN_USER, chat: GROUP_CHAT, ...expected } as never);
  });

  const supergroupCases: [string, Api.TypeMessageAction, object][] = [
    ["supergroup created", stub(Api.MessageActionChannelCreate, { title: "S" }), { supergroup_chat_created: true }],
    ["migrated from a group", stub(Api.MessageActionChannelMigrateFrom, { title: "G", chatId: long(GROUP_ID) }), { migrate_from_chat_id: -GROUP_ID }],
    ["topic created", stub(Api.MessageActionTopicCreate, { title: "Bugs", iconColor: 0x6fb9f0, iconEmojiId: long(5) }), { forum_topic_created: { name: "Bugs", icon_color: 0x6fb9f0, icon_custom_emoji_id: "5" } }],
    ["topic renamed", stub(Api.MessageActionTopicEdit, { title: "Issues" }), { forum_topic_edited: { name: "Issues" } }],
    ["topic icon removed", stub(Api.MessageActionTopicEdit, { iconEmojiId: long(0) }), { forum_topic_edited: { icon_custom_emoji_id: "" } }],
    ["topic closed", stub(Api.MessageActionTopicEdit, { closed: true }), { forum_topic_closed: {} }],
    ["topic reopened", stub(Api.MessageActionTopicEdit, { closed: false }), { forum_topic_reopened: {} }],
    ["general topic hidden", stub(Api.MessageActionTopicEdit, { hidden: true }), { general_forum_topic_hidden: {} }],
    ["general topic unhidden", stub(Api.MessageActionTopicEdit, { hidden: false }), { general_forum_topic_unhidden: {} }],
  ];
  test.each(supergroupCases)("%s", (_name, action, expected) => {
    const out = convert(service(action, { peerId: channelPeer(SUPERGROUP_ID) }));
    expect(out).toEqual({ message_id: 11, date: DATE, from: ANN_USER, chat: SUPERGROUP_CHAT, ...expected } as never);
  });

  test("channel created", () => {
    const out = convert(service(stub(Api.MessageActionChannelCreate, { title: "N" }), { peerId: channelPeer(CHANNEL_ID), fromId: undefined }));
    expect(out).toEqual({ message_id: 11, date: DATE, sender_chat: CHANNEL_CHAT, chat: CHANNEL_CHAT, channel_chat_created: true } as never);
  });

  test("private-chat services: web app data, write access, shared users and chats", () => {
    const inPrivate = (action: Api.TypeMessageAction) => convert(service(action, { peerId: userPeer(ANN_ID), fromId: undefined }));
    expect(inPrivate(stub(Api.MessageActionWebViewDataSentMe, { text: "Send", data: "{}" }))?.web_app_data).toEqual({ data: "{}", button_text: "Send" });
    expect(inPrivate(stub(Api.MessageActionBotAllowed, { fromRequest: true }))?.write_access_allowed).toEqual({ from_request: true });
    expect(inPrivate(stub(Api.MessageActionBotAllowed, { domain: "example.com" }))?.connected_website).toBe("example.com");
    const users = inPrivate(stub(Api.MessageActionRequestedPeerSentMe, { buttonId: 3, peers: [stub(Api.RequestedPeerUser, { userId: long(5), firstName: "Z" })] }));
    expect(users?.users_shared).toEqual({ request_id: 3, users: [{ user_id: 5, first_name: "Z" }] });
    const chat = inPrivate(stub(Api.MessageActionRequestedPeerSentMe, { buttonId: 4, peers: [stub(Api.RequestedPeerChannel, { channelId: long(CHANNEL_ID), title: "News" })] }));
    expect(chat?.chat_shared).toEqual({ request_id: 4, chat_id: -1000000000300, title: "News" });
  });

  test("pinned message: the message when given, else an inaccessible one", () => {
    const pin = service(stub(Api.MessageActionPinMessage), { replyTo: stub(Api.MessageReplyHeader, { replyToMsgId: 9 }) });
    const pinned = msg({ id: 9, peerId: chatPeer(GROUP_ID), fromId: userPeer(ANN_ID), message: "rules" });
    expect(convert(pin, { ...options, replyTo: pinned })?.pinned_message).toEqual({ message_id: 9, date: DATE, from: ANN_USER, chat: GROUP_CHAT, text: "rules" } as never);
    expect(convert(pin)?.pinned_message).toEqual({ chat: GROUP_CHAT, message_id: 9, date: 0 } as never);
  });

  test("actions the Bot API does not show give no message", () => {
    expect(convert(service(stub(Api.MessageActionHistoryClear)))).toBeUndefined();
    expect(convert(service(stub(Api.MessageActionEmpty)))).toBeUndefined();
  });
});

describe("purity", () => {
  test("the same input gives the same JSON, whatever else the directory holds", () => {
    const raw = msg({ message: "x", fromId: userPeer(ANN_ID) });
    const a = JSON.stringify(toBotMessage(raw, peers, options));
    const b = JSON.stringify(toBotMessage(raw, peers, options));
    expect(a).toBe(b);
    const sparse = toBotMessage(raw, peerDirectory(), options);
    expect(sparse?.from).toEqual({ id: ANN_ID, is_bot: false, first_name: "" });
    expect(JSON.stringify(sparse)).not.toContain("null");
  });
});
