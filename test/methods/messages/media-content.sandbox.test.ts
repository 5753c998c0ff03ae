import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { type Scene, startScene } from "./helpers.ts";

let s: Scene;
beforeAll(async () => {
  s = await startScene();
});
afterAll(() => s.world.stop());

const latest = async (chatId: number) => (await s.messages(chatId))[0];

describe("locations", () => {
  test("sendLocation sends a point", async () => {
    const message = await s.ok("sendLocation", { chat_id: s.user.id, latitude: 51.5, longitude: -0.12, horizontal_accuracy: 20 }, "Message");
    expect(message.location).toEqual({ latitude: 51.5, longitude: -0.12, horizontal_accuracy: 20 });
    expect((await latest(s.user.id)).media).toMatchObject({ type: "geo", geo: { lat: 51.5, long: -0.12, accuracyRadius: 20 } });
  });

  test("a live location is moved, then stopped", async () => {
    const sent = await s.ok("sendLocation", { chat_id: s.supergroup, latitude: 10, longitude: 20, live_period: 600, heading: 90 }, "Message");
    expect(sent.location).toMatchObject({ latitude: 10, longitude: 20, live_period: 600, heading: 90 });
    const moved = await s.ok("editMessageLiveLocation", { chat_id: s.supergroup, message_id: sent.message_id, latitude: 11, longitude: 21 }, "Message");
    expect(moved.location).toMatchObject({ latitude: 11, longitude: 21, live_period: 600 });
    expect((await latest(s.supergroup)).media).toMatchObject({ type: "geolive", geo: { lat: 11, long: 21 }, period: 600 });
    const stopped = await s.ok("stopMessageLiveLocation", { chat_id: s.supergroup, message_id: sent.message_id }, "Message");
    expect(stopped.location).toMatchObject({ latitude: 11, longitude: 21 });
    expect((await latest(s.supergroup)).media).toMatchObject({ type: "geolive", period: 0 });
  });

  test("a message without a live location can't be moved", async () => {
    const sent = await s.ok("sendMessage", { chat_id: s.user.id, text: "not a map" }, "Message");
    await s.fails("editMessageLiveLocation", { chat_id: s.user.id, message_id: sent.message_id, latitude: 1, longitude: 2 }, 400,
      "Bad Request: there is no live location in the message to edit");
  });

  test("latitude is required", () => s.fails("sendLocation", { chat_id: s.user.id, longitude: 1 }, 400, "Bad Request: latitude is empty"));
});

describe("venues, contacts, dice", () => {
  test("sendVenue with a Foursquare id", async () => {
    const message = await s.ok("sendVenue", {
      chat_id: s.user.id, latitude: 1.5, longitude: 2.5, title: "Cafe", address: "Main St 1", foursquare_id: "4b0", foursquare_type: "food/cafe",
    }, "Message");
    expect(message.venue).toEqual({
      location: { latitude: 1.5, longitude: 2.5 }, title: "Cafe", address: "Main St 1", foursquare_id: "4b0", foursquare_type: "food/cafe",
    });
    expect((await latest(s.user.id)).media).toMatchObject({ type: "venue", title: "Cafe", provider: "foursquare", venueId: "4b0" });
  });

  test("sendContact names the user who owns the phone", async () => {
    const message = await s.ok("sendContact", { chat_id: s.user.id, phone_number: s.user.phone, first_name: "Ann", last_name: "Lee" }, "Message");
    expect(message.contact).toEqual({ phone_number: s.user.phone, first_name: "Ann", last_name: "Lee", user_id: s.user.id });
    expect((await latest(s.user.id)).media).toMatchObject({ type: "contact", phoneNumber: s.user.phone });
  });

  test("sendDice rolls the default die, or the given emoji", async () => {
    const die = await s.ok("sendDice", { chat_id: s.user.id }, "Message");
    expect(die.dice.emoji).toBe("🎲");
    expect(die.dice.value).toBeGreaterThanOrEqual(1);
    expect(die.dice.value).toBeLessThanOrEqual(6);
    const slot = await s.ok("sendDice", { chat_id: s.supergroup, emoji: "🎰" }, "Message");
    expect(slot.dice.emoji).toBe("🎰");
    expect((await latest(s.supergroup)).media).toMatchObject({ type: "dice", emoticon: "🎰", value: slot.dice.value });
  });
});

describe("polls", () => {
  test("sendPoll sends a regular poll, stopPoll closes it", async () => {
    const sent = await s.ok("sendPoll", {
      chat_id: s.supergroup, question: "Tea or coffee?", options: JSON.stringify(["Tea", { text: "Coffee" }]), is_anonymous: false,
    }, "Message");
    expect(sent.poll).toMatchObject({
      question: "Tea or coffee?", options: [{ text: "Tea", voter_count: 0 }, { text: "Coffee", voter_count: 0 }],
      is_closed: false, is_anonymous: false, type: "regular", allows_multiple_answers: false,
    });
    expect((await latest(s.supergroup)).media).toMatchObject({ type: "poll" });
    const poll = await s.ok("stopPoll", { chat_id: s.supergroup, message_id: sent.message_id }, "Poll");
    expect(poll).toMatchObject({ id: sent.poll.id, is_closed: true });
    expect((await latest(s.supergroup)).media.poll).toMatchObject({ closed: true });
    await s.fails("stopPoll", { chat_id: s.supergroup, message_id: sent.message_id }, 400, "Bad Request: poll has already been closed");
  });

  test("a quiz keeps its correct option and explanation", async () => {
    const sent = await s.ok("sendPoll", {
      chat_id: s.user.id, question: "2+2?", options: ["3", "4"], type: "quiz", correct_option_id: 1, explanation: "*four*", explanation_parse_mode: "MarkdownV2",
    }, "Message");
    expect(sent.poll).toMatchObject({ type: "quiz", correct_option_ids: [1], explanation: "four", explanation_entities: [{ type: "bold", offset: 0, length: 4 }] });
  });

  test("poll checks", async () => {
    await s.fails("sendPoll", { chat_id: s.user.id, question: "Q", options: "[\"a\",\"b\"]", type: "survey" }, 400, "Bad Request: unsupported poll type specified");
    await s.fails("sendPoll", { chat_id: s.user.id, question: "Q", options: { a: 1 } }, 400, "Bad Request: expected an Array of String as options");
    await s.fails("sendPoll", { chat_id: s.user.id, question: "Q", options: ["a", "b"], type: "quiz" }, 400, "Bad Request: correct quiz option list must be non-empty");
    await s.fails("sendPoll", { chat_id: s.user.id, question: "Q", options: ["a", "b"], type: "quiz", correct_option_id: 5 }, 400, "Bad Request: wrong quiz correct_option_id");
  });

  test("stopPoll on a message without a poll", async () => {
    const sent = await s.ok("sendMessage", { chat_id: s.user.id, text: "no poll" }, "Message");
    await s.fails("stopPoll", { chat_id: s.user.id, message_id: sent.message_id }, 400, "Bad Request: message is not a poll");
  });
});
