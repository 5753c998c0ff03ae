/** TL update → Bot API update, one row per class; every result is checked against api.json. */
import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toBotUpdates } from "../../src/updates/convert-update.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import {
  ANN_CHAT, ANN_ID, ANN_USER, BOT_ID, BOT_USER, CHANNEL_CHAT, CHANNEL_ID, GROUP_CHAT, GROUP_ID, SUPERGROUP_CHAT, SUPERGROUP_ID,
  channelPeer, chatPeer, media, peers, userPeer,
} from "../convert/fixtures.ts";

const ctx = { peers, selfId: BOT_ID, media };
const text = (peerId: Api.TypePeer, extra: Partial<Api.Message> = {}) =>
  stub(Api.Message, { id: 5, peerId, fromId: extra.out ? undefined : userPeer(ANN_ID), message: "hi", date: 100, ...extra });
const annMember = (cls: typeof Api.ChannelParticipant | typeof Api.ChatParticipant) => stub(cls as typeof Api.ChannelParticipant, { userId: long(ANN_ID), date: 1 });
const reaction = (emoticon: string) => new Api.ReactionEmoji({ emoticon });

const rows: Array<[string, Api.TypeUpdate, unknown[]]> = [
  ["a private message", new Api.UpdateNewMessage({ message: text(userPeer(ANN_ID)), pts: 1, ptsCount: 1 }),
    [{ message: { message_id: 5, from: ANN_USER, chat: ANN_CHAT, date: 100, text: "hi" } }]],
  ["the bot's own message is no update", new Api.UpdateNewMessage({ message: text(userPeer(ANN_ID), { out: true }), pts: 1, ptsCount: 1 }), []],
  ["a group message", new Api.UpdateNewMessage({ message: text(chatPeer(GROUP_ID)), pts: 1, ptsCount: 1 }),
    [{ message: { message_id: 5, from: ANN_USER, chat: GROUP_CHAT, date: 100, text: "hi" } }]],
  ["a supergroup message", new Api.UpdateNewChannelMessage({ message: text(channelPeer(SUPERGROUP_ID)), pts: 1, ptsCount: 1 }),
    [{ message: { message_id: 5, from: ANN_USER, chat: SUPERGROUP_CHAT, date: 100, text: "hi" } }]],
  ["a channel post", new Api.UpdateNewChannelMessage({ message: text(channelPeer(CHANNEL_ID), { fromId: undefined, post: true }), pts: 1, ptsCount: 1 }),
    [{ channel_post: { message_id: 5, sender_chat: CHANNEL_CHAT, chat: CHANNEL_CHAT, date: 100, text: "hi" } }]],
  ["an edit", new Api.UpdateEditMessage({ message: text(userPeer(ANN_ID), { editDate: 120 }), pts: 2, ptsCount: 1 }),
    [{ edited_message: { message_id: 5, from: ANN_USER, chat: ANN_CHAT, date: 100, edit_date: 120, text: "hi" } }]],
  ["an edited channel post", new Api.UpdateEditChannelMessage({ message: text(channelPeer(CHANNEL_ID), { fromId: undefined, editDate: 130 }), pts: 2, ptsCount: 1 }),
    [{ edited_channel_post: { message_id: 5, sender_chat: CHANNEL_CHAT, chat: CHANNEL_CHAT, date: 100, edit_date: 130, text: "hi" } }]],
  ["a callback query whose message could not be fetched",
    stub(Api.UpdateBotCallbackQuery, { queryId: long("9007199254740993"), userId: long(ANN_ID), peer: userPeer(ANN_ID), msgId: 4, chatInstance: long(-5), data: Buffer.from("yes") }),
    [{ callback_query: { id: "9007199254740993", from: ANN_USER, message: { chat: ANN_CHAT, message_id: 4, date: 0 }, chat_instance: "-5", data: "yes" } }]],
  ["an inline query from a group", stub(Api.UpdateBotInlineQuery, { queryId: long(77), userId: long(ANN_ID), query: "cats", offset: "10", peerType: new Api.InlineQueryPeerTypeChat() }),
    [{ inline_query: { id: "77", from: ANN_USER, query: "cats", offset: "10", chat_type: "group" } }]],
  ["a chosen inline result", stub(Api.UpdateBotInlineSend, { userId: long(ANN_ID), query: "cats", id: "r1", geo: new Api.GeoPoint({ lat: 1.5, long: 2.5, accessHash: long(0) }) }),
    [{ chosen_inline_result: { result_id: "r1", from: ANN_USER, query: "cats", location: { latitude: 1.5, longitude: 2.5 } } }]],
  ["the bot added to a group", stub(Api.UpdateChatParticipant, {
    chatId: long(GROUP_ID), date: 50, actorId: long(ANN_ID), userId: long(BOT_ID), newParticipant: stub(Api.ChatParticipant, { userId: long(BOT_ID), inviterId: long(ANN_ID), date: 50 }), qts: 1 }),
  [{ my_chat_member: { chat: GROUP_CHAT, from: ANN_USER, date: 50, old_chat_member: { status: "left", user: BOT_USER }, new_chat_member: { status: "member", user: BOT_USER } } }]],
  ["someone leaving a supergroup", stub(Api.UpdateChannelParticipant, {
    channelId: long(SUPERGROUP_ID), date: 60, actorId: long(ANN_ID), userId: long(ANN_ID), prevParticipant: annMember(Api.ChannelParticipant), qts: 2 }),
  [{ chat_member: { chat: SUPERGROUP_CHAT, from: ANN_USER, date: 60, old_chat_member: { status: "member", user: ANN_USER }, new_chat_member: { status: "left", user: ANN_USER } } }]],
  ["a user blocking the bot", stub(Api.UpdateBotStopped, { userId: long(ANN_ID), date: 70, stopped: true, qts: 3 }),
    [{ my_chat_member: { chat: ANN_CHAT, from: ANN_USER, date: 70, old_chat_member: { status: "member", user: BOT_USER }, new_chat_member: { status: "kicked", user: BOT_USER, until_date: 0 } } }]],
  ["a reaction", stub(Api.UpdateBotMessageReaction, { peer: channelPeer(SUPERGROUP_ID), msgId: 3, date: 80, actor: userPeer(ANN_ID), oldReactions: [], newReactions: [reaction("👍")], qts: 4 }),
    [{ message_reaction: { chat: SUPERGROUP_CHAT, message_id: 3, user: ANN_USER, date: 80, old_reaction: [], new_reaction: [{ type: "emoji", emoji: "👍" }] } }]],
  ["reaction counts", stub(Api.UpdateBotMessageReactions, { peer: channelPeer(CHANNEL_ID), msgId: 3, date: 81, reactions: [new Api.ReactionCount({ reaction: reaction("🔥"), count: 2 })], qts: 5 }),
    [{ message_reaction_count: { chat: CHANNEL_CHAT, message_id: 3, date: 81, reactions: [{ type: { type: "emoji", emoji: "🔥" }, total_count: 2 }] } }]],
  ["a join request", stub(Api.UpdateBotChatInviteRequester, { peer: channelPeer(SUPERGROUP_ID), date: 90, userId: long(ANN_ID), about: "hello", invite: new Api.ChatInvitePublicJoinRequests(), qts: 6 }),
    [{ chat_join_request: { chat: SUPERGROUP_CHAT, from: ANN_USER, user_chat_id: ANN_ID, date: 90, bio: "hello" } }]],
  ["a poll vote", stub(Api.UpdateMessagePollVote, { pollId: long(123), peer: userPeer(ANN_ID), options: [Buffer.from("1")], qts: 7 }),
    [{ poll_answer: { poll_id: "123", user: ANN_USER, option_ids: [1], option_persistent_ids: ["1"] } }]],
  ["an update the Bot API has no form for", new Api.UpdateUserTyping({ userId: long(ANN_ID), action: new Api.SendMessageTypingAction() }), []],
];

describe("toBotUpdates", () => {
  test.each(rows)("%s", (_name, update, expected) => {
    const got = toBotUpdates(update, ctx);
    expect(got).toEqual(expected as never);
    for (const u of got) expectBotApi("Update", { update_id: 1, ...u });
  });

  test("a callback query carries the fetched message with its keyboard", () => {
    const markup = new Api.ReplyInlineMarkup({ rows: [new Api.KeyboardButtonRow({ buttons: [new Api.KeyboardButtonCallback({ text: "Yes", data: Buffer.from("yes") })] })] });
    const shown = text(userPeer(ANN_ID), { out: true, replyMarkup: markup, id: 4 });
    const update = stub(Api.UpdateBotCallbackQuery, { queryId: long(1), userId: long(ANN_ID), peer: userPeer(ANN_ID), msgId: 4, chatInstance: long(5) });
    const [got] = toBotUpdates(update, { ...ctx, queryMessage: shown });
    expectBotApi("Update", { update_id: 1, ...got });
    expect((got as any).callback_query.message).toMatchObject({ message_id: 4, from: BOT_USER, reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "yes" }]] } });
  });
});
