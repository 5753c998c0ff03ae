/** Bot names, descriptions, menu buttons and default admin rights through the sandbox. */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectBotApi } from "../../support/botapi-schema.ts";
import { startTestWorld, type TestWorld } from "../../support/gateway.ts";

let world: TestWorld;
let bot: { id: number; token: string };
let user: { id: number };

beforeAll(async () => {
  world = await startTestWorld();
  bot = await world.createBot();
  user = await world.createUser("Ann");
});
afterAll(() => world.stop());

const settings = () => world.control(`/control/bots/${bot.id}/settings`);

describe("setMyName / setMyDescription / setMyShortDescription and their getters", () => {
  test("the default name is the bot's own name, and renaming it shows in getMe", async () => {
    const name = await world.ok(bot.token, "getMyName");
    expectBotApi("BotName", name);
    expect(name).toEqual({ name: "Test Bot" });
    expect(await world.ok(bot.token, "setMyName", { name: "Helper" })).toBe(true);
    expect(await world.ok(bot.token, "getMyName")).toEqual({ name: "Helper" });
    expect((await settings()).info[""].name).toBe("Helper");
  });

  test("each language keeps its own texts; an empty text removes them", async () => {
    await world.ok(bot.token, "setMyName", { name: "Helfer", language_code: "de" });
    await world.ok(bot.token, "setMyDescription", { description: "Ich helfe.", language_code: "de" });
    await world.ok(bot.token, "setMyShortDescription", { short_description: "Hilfe", language_code: "de" });
    await world.ok(bot.token, "setMyDescription", { description: "I help." });
    const description = await world.ok(bot.token, "getMyDescription", { language_code: "de" });
    expectBotApi("BotDescription", description);
    expect(description).toEqual({ description: "Ich helfe." });
    const short = await world.ok(bot.token, "getMyShortDescription", { language_code: "de" });
    expectBotApi("BotShortDescription", short);
    expect(short).toEqual({ short_description: "Hilfe" });
    expect(await world.ok(bot.token, "getMyName", { language_code: "de" })).toEqual({ name: "Helfer" });
    expect(await world.ok(bot.token, "getMyDescription")).toEqual({ description: "I help." });
    expect((await settings()).info.de).toEqual({ name: "Helfer", about: "Hilfe", description: "Ich helfe." });
    await world.ok(bot.token, "setMyShortDescription", { language_code: "de" });
    expect(await world.ok(bot.token, "getMyShortDescription", { language_code: "de" })).toEqual({ short_description: "" });
    const full = await world.control("/control/act", { as: user.id, method: "users.getFullUser", params: { id: bot.id } });
    expect(full.fullUser.botInfo.description).toBe("I help.");
  });

  test("a bad language code and a too long text are refused", async () => {
    expect(await world.call(bot.token, "setMyName", { name: "x", language_code: "EN" })).toEqual({
      ok: false, error_code: 400, description: "Bad Request: invalid language code specified",
    });
    expect((await world.call(bot.token, "setMyShortDescription", { short_description: "x".repeat(121) })).description).toBe(
      "Bad Request: ABOUT_TOO_LONG",
    );
  });
});

describe("setChatMenuButton / getChatMenuButton", () => {
  test("the bot's default is the commands list until a web app button is set", async () => {
    const initial = await world.ok(bot.token, "getChatMenuButton");
    expectBotApi("MenuButton", initial);
    expect(initial).toEqual({ type: "commands" });
    const webApp = { type: "web_app", text: "Open", web_app: { url: "https://example.org/app" } };
    expect(await world.ok(bot.token, "setChatMenuButton", { menu_button: webApp })).toBe(true);
    expect(await world.ok(bot.token, "getChatMenuButton")).toEqual(webApp);
    expect((await settings()).menu_buttons["0"]).toEqual({ kind: "web_app", text: "Open", url: "https://example.org/app" });
    await world.ok(bot.token, "setChatMenuButton", {});
    expect(await world.ok(bot.token, "getChatMenuButton")).toEqual({ type: "commands" });
  });

  test("one user's chat has its own button, 'default' until set", async () => {
    expect(await world.ok(bot.token, "getChatMenuButton", { chat_id: user.id })).toEqual({ type: "default" });
    await world.ok(bot.token, "setChatMenuButton", { chat_id: user.id, menu_button: { type: "commands" } });
    const own = await world.ok(bot.token, "getChatMenuButton", { chat_id: user.id });
    expectBotApi("MenuButton", own);
    expect(own).toEqual({ type: "commands" });
    expect((await settings()).menu_buttons[String(user.id)]).toEqual({ kind: "commands" });
  });

  test.each([
    ["Bad Request: can't parse menu button: MenuButton has unsupported type", { menu_button: { type: "app" } }],
    ['Bad Request: can\'t parse menu button: Can\'t find field "web_app"', { menu_button: { type: "web_app", text: "x" } }],
    ["Bad Request: menu button text must be non-empty", { menu_button: { type: "web_app", text: "", web_app: { url: "https://a.org" } } }],
    ["Bad Request: invalid chat_id specified", { chat_id: -100, menu_button: { type: "commands" } }],
  ])("refused with %s", async (description, params) => {
    expect(await world.call(bot.token, "setChatMenuButton", params)).toEqual({ ok: false, error_code: 400, description });
  });

  test("a web app button needs an HTTPS URL", async () => {
    const answer = await world.call(bot.token, "setChatMenuButton", {
      menu_button: { type: "web_app", text: "Open", web_app: { url: "http://example.org" } },
    });
    expect(answer.description).toStartWith("Bad Request: menu button Web App ");
  });
});

describe("setMyDefaultAdministratorRights / getMyDefaultAdministratorRights", () => {
  test("none at first, then the rights set for groups and for channels separately", async () => {
    const none = await world.ok(bot.token, "getMyDefaultAdministratorRights");
    expectBotApi("ChatAdministratorRights", none);
    expect(Object.values(none).every((v) => v === false)).toBe(true);

    await world.ok(bot.token, "setMyDefaultAdministratorRights", { rights: { can_delete_messages: true, can_pin_messages: true, can_post_messages: true } });
    const group = await world.ok(bot.token, "getMyDefaultAdministratorRights");
    expectBotApi("ChatAdministratorRights", group);
    expect(group).toMatchObject({ can_manage_chat: true, can_delete_messages: true, can_pin_messages: true, can_invite_users: false });
    expect(group.can_post_messages).toBeUndefined();

    await world.ok(bot.token, "setMyDefaultAdministratorRights", { for_channels: true, rights: { can_post_messages: true, can_edit_messages: true } });
    const forChannels = await world.ok(bot.token, "getMyDefaultAdministratorRights", { for_channels: true });
    expectBotApi("ChatAdministratorRights", forChannels);
    expect(forChannels).toMatchObject({ can_manage_chat: true, can_post_messages: true, can_edit_messages: true, can_delete_messages: false });
    const { default_admin_rights } = await settings();
    expect(default_admin_rights.group).toEqual({ other: true, deleteMessages: true, pinMessages: true });
    expect(default_admin_rights.broadcast).toEqual({ other: true, postMessages: true, editMessages: true });
  });

  test("rights that are not an object, or a flag that is not a Boolean, are refused", async () => {
    expect((await world.call(bot.token, "setMyDefaultAdministratorRights", { rights: [1] })).description).toBe(
      "Bad Request: can't parse ChatAdministratorRights: ChatAdministratorRights must be an Object",
    );
    expect((await world.call(bot.token, "setMyDefaultAdministratorRights", { rights: { can_pin_messages: 1 } })).description).toBe(
      'Bad Request: can\'t parse ChatAdministratorRights: Field "can_pin_messages" must be of type Boolean',
    );
  });
});
