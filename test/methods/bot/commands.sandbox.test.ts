/** setMyCommands, getMyCommands and deleteMyCommands through the sandbox, per scope and language. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let user: { id: number };
let group: number;
let supergroup: number;
let channel: number;

beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  user = await world.createUser("Ann");
  ({ chat_id: group } = await world.control("/control/chats", { type: "group", title: "G", creator: user.id, members: [bot.id] }));
  ({ chat_id: supergroup } = await world.control("/control/chats", {
    type: "supergroup", title: "S", creator: user.id, members: [bot.id], username: "cmd_super",
  }));
  ({ chat_id: channel } = await world.control("/control/chats", {
    type: "channel", title: "C", creator: user.id, admins: [bot.id], username: "cmd_channel",
  }));
});
afterAll(() => world.stop());

const tooMany = Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: "x" }));
const settings = () => world.control(`/control/bots/${bot.id}/settings`);
const commands = (...names: string[]) => names.map((command) => ({ command, description: `Does ${command}` }));

async function roundTrip(scope: unknown, names: string[], languageCode?: string) {
  const params = { scope, ...(languageCode ? { language_code: languageCode } : {}) };
  expect(await world.ok(bot.token, "setMyCommands", { commands: commands(...names), ...params })).toBe(true);
  const got = await world.ok(bot.token, "getMyCommands", params);
  expectBotApi("Array of BotCommand", got);
  expect(got).toEqual(commands(...names));
}

describe("setMyCommands / getMyCommands / deleteMyCommands", () => {
  test("the default list is stored in the world and read back; the user sees it in the bot's full profile", async () => {
    await roundTrip(undefined, ["start", "help"]);
    const { commands: stored } = await settings();
    expect(stored).toContainEqual({ scope: { type: "default" }, language_code: "", commands: commands("start", "help") });
    const full = await world.control("/control/act", { as: user.id, method: "users.getFullUser", params: { id: bot.id } });
    expect(full.fullUser.botInfo.commands.map((c: { command: string }) => c.command)).toEqual(["start", "help"]);
  });

  test("every scope kind and a language keep their own list", async () => {
    await roundTrip({ type: "all_private_chats" }, ["private"]);
    await roundTrip({ type: "all_group_chats" }, ["groups"]);
    await roundTrip({ type: "all_chat_administrators" }, ["admins"]);
    await roundTrip({ type: "chat", chat_id: user.id }, ["just_ann"]);
    await roundTrip({ type: "chat_administrators", chat_id: group }, ["group_admins"]);
    await roundTrip({ type: "chat_member", chat_id: "@cmd_super", user_id: user.id }, ["ann_in_super"]);
    await roundTrip({ type: "chat", chat_id: supergroup }, ["super"]);
    await roundTrip(undefined, ["starten"], "de");
    expect(await world.ok(bot.token, "getMyCommands", {})).toEqual(commands("start", "help"));
    const scopes = (await settings()).commands.map((c: { scope: { type: string } }) => c.scope.type);
    expect(new Set(scopes)).toEqual(new Set(["default", "users", "chats", "chat_admins", "peer", "peer_admins", "peer_user"]));
  });

  test("a leading slash and spaces are dropped, as TDLib does", async () => {
    const scope = { type: "all_group_chats" };
    await world.ok(bot.token, "setMyCommands", { scope, commands: [{ command: " /menu ", description: " Shows the menu " }] });
    expect(await world.ok(bot.token, "getMyCommands", { scope })).toEqual([{ command: "menu", description: "Shows the menu" }]);
  });

  test("deleteMyCommands empties one scope and language only", async () => {
    expect(await world.ok(bot.token, "deleteMyCommands", { language_code: "de" })).toBe(true);
    expect(await world.ok(bot.token, "getMyCommands", { language_code: "de" })).toEqual([]);
    expect(await world.ok(bot.token, "getMyCommands", {})).toEqual(commands("start", "help"));
  });

  test.each([
    ["Bad Request: BOT_COMMAND_INVALID", { commands: [{ command: "Start!", description: "x" }] }],
    ["Bad Request: command must be non-empty", { commands: [{ command: "/", description: "x" }] }],
    ["Bad Request: command length must not exceed 32", { commands: [{ command: "a".repeat(33), description: "x" }] }],
    ["Bad Request: command description must be non-empty", { commands: [{ command: "ok", description: "  " }] }],
    ["Bad Request: command description length must not exceed 256", { commands: [{ command: "ok", description: "d".repeat(257) }] }],
    ['Bad Request: can\'t parse BotCommand: Can\'t find field "description"', { commands: [{ command: "ok" }] }],
    ["Bad Request: expected an Array of BotCommand", { commands: { command: "ok" } }],
    ["Bad Request: BOT_COMMANDS_TOO_MUCH", { commands: tooMany }],
    ["Bad Request: invalid language code specified", { commands: [], language_code: "english" }],
    ["Bad Request: can't parse BotCommandScope: Unsupported type specified", { commands: [], scope: { type: "everyone" } }],
    ["Bad Request: can't parse BotCommandScope: BotCommandScope must be an Object", { commands: [], scope: 5 }],
    ['Bad Request: can\'t parse BotCommandScope: Can\'t find field "chat_id"', { commands: [], scope: { type: "chat" } }],
    ["Bad Request: can't parse BotCommandScope: Invalid user_id specified", { commands: [], scope: { type: "chat_member", chat_id: 1, user_id: 0 } }],
  ])("setMyCommands is refused with %s", async (description, params) => {
    expect(await world.call(bot.token, "setMyCommands", params)).toEqual({ ok: false, error_code: 400, description });
  });

  test("chat scopes check the chat: private chats take only 'chat', channels none, unknown chats are not found", async () => {
    const refuse = (scope: unknown) => world.call(bot.token, "getMyCommands", { scope });
    expect((await refuse({ type: "chat_administrators", chat_id: user.id })).description).toBe(
      "Bad Request: can't use specified scope in private chats",
    );
    expect((await refuse({ type: "chat", chat_id: "@cmd_channel" })).description).toBe("Bad Request: can't change commands in channel chats");
    expect((await refuse({ type: "chat", chat_id: "@no_such_chat" })).description).toBe("Bad Request: chat not found");
    expect(channel).toBeLessThan(0);
  });
});
