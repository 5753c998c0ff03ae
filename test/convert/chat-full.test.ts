import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import { toChatFullInfo } from "../../src/convert/chat-full.ts";
import { expectBotApi } from "../support/botapi-schema.ts";
import { long, stub } from "../support/tl-stub.ts";
import { ANN_CHAT, ann, channel, CHANNEL_CHAT, fakeFileIds, GROUP_CHAT, SUPERGROUP_CHAT } from "./fixtures.ts";

const options = { fileIds: fakeFileIds };
const NO_GIFTS = { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false, gifts_from_channels: false };
const ALL_GIFTS = { unlimited_gifts: true, limited_gifts: true, unique_gifts: true, premium_subscription: true, gifts_from_channels: true };
const notify = () => stub(Api.PeerNotifySettings, {});

describe("toChatFullInfo", () => {
  test("private chat", () => {
    const user = stub(Api.User, {
      id: long(42), firstName: "Ann", lastName: "Lee", username: "ann",
      usernames: [stub(Api.Username, { username: "ann_alt", active: true })],
      photo: stub(Api.UserProfilePhoto, { photoId: long(3), dcId: 2 }),
      color: stub(Api.PeerColor, { color: 4, backgroundEmojiId: long(99) }),
      emojiStatus: stub(Api.EmojiStatus, { documentId: long(55), until: 1800000000 }),
    });
    const full = stub(Api.users.UserFull, {
      fullUser: stub(Api.UserFull, {
        id: long(42), about: "Hello", privateForwardName: "Anon", voiceMessagesForbidden: true, ttlPeriod: 86400,
        birthday: stub(Api.Birthday, { day: 1, month: 2, year: 1990 }), personalChannelId: long(300), personalChannelMessage: 1,
        settings: stub(Api.PeerSettings, {}), notifySettings: notify(),
      }),
      users: [user],
      chats: [channel],
    });
    const pinned = { message_id: 3, date: 1, chat: ANN_CHAT, text: "pin" } as never;
    const info = toChatFullInfo(full, { ...options, pinnedMessage: pinned });
    expect(info).toEqual({
      ...ANN_CHAT,
      active_usernames: ["ann", "ann_alt"],
      bio: "Hello",
      has_private_forwards: true,
      has_restricted_voice_and_video_messages: true,
      birthdate: { day: 1, month: 2, year: 1990 },
      personal_chat: CHANNEL_CHAT,
      emoji_status_custom_emoji_id: "55",
      emoji_status_expiration_date: 1800000000,
      accent_color_id: 4,
      background_custom_emoji_id: "99",
      max_reaction_count: 11,
      accepted_gift_types: ALL_GIFTS,
      photo: {
        small_file_id: "F-profile:user42:small", small_file_unique_id: "U-profile:user42:small",
        big_file_id: "F-profile:user42:big", big_file_unique_id: "U-profile:user42:big",
      },
      pinned_message: pinned,
      message_auto_delete_time: 86400,
    } as never);
    expectBotApi("ChatFullInfo", info);
  });

  test("private chat with nothing set: the accent color comes from the id", () => {
    const full = stub(Api.users.UserFull, {
      fullUser: stub(Api.UserFull, { id: long(42), settings: stub(Api.PeerSettings, {}), notifySettings: notify() }),
      users: [ann],
    });
    const info = toChatFullInfo(full, options);
    expect(info).toEqual({ ...ANN_CHAT, active_usernames: ["ann"], accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: ALL_GIFTS } as never);
    expectBotApi("ChatFullInfo", info);
  });

  test("basic group", () => {
    const chat = stub(Api.Chat, { id: long(100), title: "Friends", noforwards: true, defaultBannedRights: stub(Api.ChatBannedRights, { untilDate: 0, sendPolls: true }) });
    const full = stub(Api.messages.ChatFull, {
      fullChat: stub(Api.ChatFull, {
        id: long(100), about: "Our group", notifySettings: notify(),
        exportedInvite: stub(Api.ChatInviteExported, { link: "https://t.me/+g", adminId: long(42), date: 1 }),
        availableReactions: stub(Api.ChatReactionsSome, { reactions: [stub(Api.ReactionEmoji, { emoticon: "👍" })] }),
        reactionsLimit: 3,
      }),
      chats: [chat],
      users: [],
    });
    const info = toChatFullInfo(full, options);
    expect(info).toMatchObject({
      ...GROUP_CHAT, description: "Our group", invite_link: "https://t.me/+g", has_protected_content: true,
      available_reactions: [{ type: "emoji", emoji: "👍" }], max_reaction_count: 3, accent_color_id: 2, accepted_gift_types: NO_GIFTS,
    });
    expect(info.permissions?.can_send_polls).toBe(false);
    expect(info.permissions?.can_send_messages).toBe(true);
    expectBotApi("ChatFullInfo", info);
  });

  test("supergroup", () => {
    const entity = stub(Api.Channel, {
      id: long(200), title: "Club", megagroup: true, username: "club", accessHash: long(7), joinToSend: true, joinRequest: true,
      photo: stub(Api.ChatPhoto, { photoId: long(8), dcId: 2 }),
    });
    const full = stub(Api.messages.ChatFull, {
      fullChat: stub(Api.ChannelFull, {
        id: long(200), about: "", notifySettings: notify(), readInboxMaxId: 0, readOutboxMaxId: 0, unreadCount: 0, pts: 1,
        chatPhoto: stub(Api.PhotoEmpty, { id: long(0) }), botInfo: [],
        slowmodeSeconds: 30, linkedChatId: long(300), hiddenPrehistory: true, participantsHidden: true, antispam: true,
        canSetStickers: true, boostsUnrestrict: 2,
        stickerset: stub(Api.StickerSet, { id: long(1), accessHash: long(1), title: "Cats", shortName: "cats", count: 1, hash: 0 }),
        location: stub(Api.ChannelLocation, { geoPoint: stub(Api.GeoPoint, { lat: 1, long: 2, accessHash: long(0) }), address: "Here" }),
      }),
      chats: [entity],
      users: [],
    });
    const info = toChatFullInfo(full, options);
    expect(info).toMatchObject({
      ...SUPERGROUP_CHAT, active_usernames: ["club"], join_to_send_messages: true, join_by_request: true,
      sticker_set_name: "cats", can_set_sticker_set: true, has_hidden_members: true, has_aggressive_anti_spam_enabled: true,
      slow_mode_delay: 30, unrestrict_boost_count: 2, linked_chat_id: -1000000000300,
      location: { location: { latitude: 1, longitude: 2 }, address: "Here" },
      photo: { small_file_id: "F-profile:channel200:small", big_file_id: "F-profile:channel200:big" },
    });
    expect(info).not.toHaveProperty("has_visible_history");
    expect(info).not.toHaveProperty("description");
    expect(info.permissions).toBeDefined();
    expectBotApi("ChatFullInfo", info);
  });

  test("channel", () => {
    const full = stub(Api.messages.ChatFull, {
      fullChat: stub(Api.ChannelFull, {
        id: long(300), about: "All the news", notifySettings: notify(), readInboxMaxId: 0, readOutboxMaxId: 0, unreadCount: 0, pts: 1,
        chatPhoto: stub(Api.PhotoEmpty, { id: long(0) }), botInfo: [], paidMediaAllowed: true, stargiftsAvailable: true,
      }),
      chats: [channel],
      users: [],
    });
    const info = toChatFullInfo(full, options);
    expect(info).toEqual({
      ...CHANNEL_CHAT, description: "All the news", has_visible_history: true, can_send_paid_media: true,
      accent_color_id: 300 % 7, max_reaction_count: 11, accepted_gift_types: ALL_GIFTS,
    } as never);
    expectBotApi("ChatFullInfo", info);
  });
});
