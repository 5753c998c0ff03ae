import { expect, test } from "bun:test";
import { createMethodTable } from "../../src/methods/table.ts";

test("every spec method is in the table with its parameters", () => {
  const table = createMethodTable();
  expect(table.all()).toHaveLength(180);
  const send = table.get("sendMessage")!;
  expect(send.source).toBe("spec");
  expect(send.returns).toEqual(["Message"]);
  const chatId = send.params.find((p) => p.name === "chat_id")!;
  expect(chatId).toMatchObject({ types: ["Integer", "String"], required: true });
  expect(chatId.description.length).toBeGreaterThan(10);
  expect(table.get("getMe")!.params).toEqual([]);
});

test("lookups ignore case", () => {
  const table = createMethodTable();
  expect(table.get("SENDMESSAGE")?.name).toBe("sendMessage");
  expect(table.get("getupdates")?.name).toBe("getUpdates");
  expect(table.get("noSuchMethod")).toBeUndefined();
});

test("bot-only methods are marked, methods for both are not", () => {
  const table = createMethodTable();
  for (const name of ["answerCallbackQuery", "answerInlineQuery", "setMyCommands", "getBusinessConnection"]) {
    expect(table.get(name)!.botOnly).toBe(true);
  }
  for (const name of ["getUpdates", "setWebhook", "sendMessage", "getChat", "getMe"]) {
    expect(table.get(name)!.botOnly).toBe(false);
  }
});

test("plugins add methods; duplicates and bad implements are errors", () => {
  const table = createMethodTable();
  table.add({ name: "myThing", description: "", params: [], returns: ["Boolean"], botOnly: false });
  expect(table.get("MYTHING")?.source).toBe("plugin");
  expect(() => table.add({ name: "SendMessage", description: "", params: [], returns: [], botOnly: false })).toThrow();
  table.implement("getme", () => ({}));
  expect(table.get("getMe")!.handler).toBeDefined();
  expect(() => table.implement("getMe", () => ({}))).toThrow();
  expect(() => table.implement("myThing", () => ({}))).toThrow();
  expect(() => table.implement("nope", () => ({}))).toThrow();
});
