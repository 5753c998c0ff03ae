import { describe, expect, test } from "bun:test";
import { kindOf, parseParams } from "../../src/methods/params.ts";
import { createMethodTable } from "../../src/methods/table.ts";
import { BotApiError, type RawParams, type UploadedFile } from "../../src/methods/types.ts";

const table = createMethodTable();
const raw = (entries: Record<string, string | UploadedFile>): RawParams => new Map(Object.entries(entries));
const parse = (method: string, entries: Record<string, string | UploadedFile>) =>
  parseParams(table.get(method)!, raw(entries));

function refusal(method: string, entries: Record<string, string | UploadedFile>): [number, string] {
  try {
    parse(method, entries);
  } catch (error) {
    if (error instanceof BotApiError) return [error.code, error.description];
    throw error;
  }
  throw new Error("accepted");
}

const file: UploadedFile = { kind: "file", path: "/tmp/x", filename: "a.png", size: 3 };

describe("kinds from spec types", () => {
  test.each([
    [["String"], "string"],
    [["Integer"], "integer"],
    [["Float"], "float"],
    [["Boolean"], "boolean"],
    [["Integer", "String"], "chat"],
    [["InputFile", "String"], "file"],
    [["InputFile"], "fileOnly"],
    [["Array of Integer"], "json"],
    [["InlineKeyboardMarkup"], "json"],
  ] as const)("%p → %p", (types, kind) => expect(kindOf(types)).toBe(kind));
});

test("values are read leniently, as the official reads them", () => {
  expect(
    parse("sendMessage", {
      chat_id: "-100123abc",
      text: "hi",
      disable_notification: "YES",
      message_thread_id: "7x",
      reply_markup: '{"inline_keyboard":[]}',
    }),
  ).toEqual({
    chat_id: -100123,
    text: "hi",
    disable_notification: true,
    message_thread_id: 7,
    reply_markup: { inline_keyboard: [] },
  });
  expect(parse("sendMessage", { chat_id: "@channel", text: "x" }).chat_id).toBe("@channel");
  expect(parse("sendLocation", { chat_id: "1", latitude: "51.5", longitude: "-0.1" })).toMatchObject({
    latitude: 51.5,
    longitude: -0.1,
  });
});

test("empty values count as absent", () => {
  expect(parse("sendMessage", { chat_id: "1", text: "x", parse_mode: "", reply_markup: "" })).toEqual({
    chat_id: 1,
    text: "x",
  });
});

describe("missing parameters get the official text for that parameter", () => {
  test.each([
    ["sendMessage", { text: "x" }, "Bad Request: chat_id is empty"],
    ["sendMessage", { chat_id: "1" }, "Bad Request: message text is empty"],
    ["sendMessage", { chat_id: "1", text: "" }, "Bad Request: message text is empty"],
    ["forwardMessage", { chat_id: "1", message_id: "2" }, "Bad Request: chat_id is empty"],
    ["banChatMember", { chat_id: "1" }, "Bad Request: invalid user_id specified"],
    ["sendPhoto", { chat_id: "1" }, "Bad Request: there is no photo in the request"],
    ["sendPhoto", { chat_id: "1", photo: "attach://nothing" }, "Bad Request: there is no photo in the request"],
    ["sendLocation", { chat_id: "1", longitude: "2" }, "Bad Request: latitude is empty"],
    ["answerCallbackQuery", {}, 'Bad Request: parameter "callback_query_id" is required'],
    ["setWebhook", {}, 'Bad Request: parameter "url" is required'],
  ] as const)("%s %p", (method, entries, text) => expect(refusal(method, entries)).toEqual([400, text]));
});

describe("JSON-serialized parameters that are not JSON", () => {
  test.each([
    ["sendMessage", "reply_markup", "Bad Request: can't parse reply keyboard markup JSON object"],
    ["sendMessage", "reply_parameters", "Bad Request: can't parse reply parameters JSON object"],
    ["sendMessage", "link_preview_options", "Bad Request: can't parse link preview options JSON object"],
    ["setMyCommands", "commands", "Bad Request: can't parse commands JSON object"],
    ["editMessageMedia", "media", "Bad Request: can't parse input media JSON object"],
    ["sendMediaGroup", "media", "Bad Request: can't parse media JSON object"],
    ["deleteMessages", "message_ids", "Bad Request: can't parse message_ids JSON object"],
  ])("%s.%s", (method, param, text) => {
    const entries: Record<string, string> = { chat_id: "1", text: "x", message_id: "1", media: "[]" };
    entries[param] = "{not json";
    if (method === "setMyCommands") delete entries.chat_id;
    expect(refusal(method, entries)).toEqual([400, text]);
  });

  test("bad entities and allowed_updates are dropped, as the official drops them", () => {
    expect(parse("sendMessage", { chat_id: "1", text: "x", entities: "[oops" })).toEqual({ chat_id: 1, text: "x" });
    expect(parse("getUpdates", { allowed_updates: "nope" })).toEqual({});
  });
});

test("InputFile: an uploaded part, attach://, or a file_id string", () => {
  expect(parse("sendPhoto", { chat_id: "1", photo: file }).photo).toBe(file);
  expect(parse("sendPhoto", { chat_id: "1", photo: "attach://pic", pic: file }).photo).toBe(file);
  expect(parse("sendPhoto", { chat_id: "1", photo: "AgAD123" }).photo).toBe("AgAD123");
  expect(refusal("setChatPhoto", { chat_id: "1", photo: "AgAD123" })[1]).toBe(
    "Bad Request: there is no photo in the request",
  );
});

test("plugin methods also receive their undeclared parameters", () => {
  const local = createMethodTable();
  local.add({
    name: "echo",
    description: "",
    params: [{ name: "n", types: ["Integer"], required: true, description: "" }],
    returns: [],
    botOnly: false,
  });
  expect(parseParams(local.get("echo")!, raw({ n: "5", extra: "x", empty: "" }))).toEqual({ n: 5, extra: "x" });
});
