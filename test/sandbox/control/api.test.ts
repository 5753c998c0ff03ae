/** The control API through its request handler (no socket), on a world and its dispatcher. */
import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import type { ControlEnv } from "../../../src/sandbox/control/env.ts";
import { handleControl } from "../../../src/sandbox/control/server.ts";
import { createDispatcher } from "../../../src/sandbox/rpc/dispatcher.ts";
import { MethodFaults } from "../../../src/sandbox/rpc/faults.ts";
import { World } from "../../../src/sandbox/world/world.ts";

function setup() {
  const world = new World({ dcCount: 2 });
  const methodFaults = new MethodFaults();
  const dcs = [{ id: 1, host: "127.0.0.1", port: 1 }, { id: 2, host: "127.0.0.1", port: 2 }];
  const dispatch = createDispatcher({ world, dcs: () => dcs, faults: methodFaults });
  const env: ControlEnv = { world, dispatch, methodFaults, config: () => ({ dcs, rsa_public_key: "PEM" }) };
  const call = async (method: "GET" | "POST", path: string, body?: unknown) => {
    const response = await handleControl(
      env,
      new Request(`http://control${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    return { status: response.status, json: (await response.json()) as any };
  };
  return { world, env, dispatch, call };
}

describe("control API", () => {
  test("config, bots, users and codes", async () => {
    const { call } = setup();
    expect((await call("GET", "/control/config")).json.dcs).toHaveLength(2);
    const bot = await call("POST", "/control/bots", { username: "shop_bot" });
    expect(bot.json.token).toMatch(new RegExp(`^${bot.json.id}:[A-Za-z0-9_-]{35}$`));
    expect((await call("POST", "/control/bots", { username: "shop" })).json).toEqual({ error: "USERNAME_INVALID" });
    expect((await call("POST", "/control/bots", { username: "shop_bot" })).json).toEqual({ error: "USERNAME_OCCUPIED" });
    const user = await call("POST", "/control/users", { first_name: "Ann", phone: "+999 66 2 0001" });
    expect(user.json.phone).toBe("9996620001");
    expect((await call("GET", "/control/codes/9996620001")).status).toBe(404);
    expect((await call("POST", "/control/users", {})).json).toEqual({ error: "first_name is required" });
    expect((await call("GET", "/control/nothing")).status).toBe(404);
  });

  test("messages carry per-account ids and show in each account's numbering", async () => {
    const { call } = setup();
    const ann = (await call("POST", "/control/users", { first_name: "Ann" })).json;
    const bob = (await call("POST", "/control/users", { first_name: "Bob" })).json;
    const bot = (await call("POST", "/control/bots", { username: "quiz_bot" })).json;
    await call("POST", "/control/messages", { from: ann.id, chat_id: bob.id, text: "warm-up" });
    const group = (await call("POST", "/control/chats", { type: "group", title: "G", creator: ann.id, members: [bob.id, bot.id] })).json;
    expect(group.chat_id).toBeLessThan(0);
    const sent = await call("POST", "/control/messages", {
      from: bob.id,
      chat_id: group.chat_id,
      text: "hi all",
      entities: [{ type: "bold", offset: 0, length: 2 }],
    });
    expect(sent.json).toEqual({ message_id: 2, ids: { [ann.id]: 2, [bob.id]: 2, [bot.id]: 1 } });
    const seen = (await call("GET", `/control/chats/${group.chat_id}/messages?as=${bot.id}&limit=5`)).json;
    expect(seen.messages).toEqual([
      expect.objectContaining({ message_id: 1, from: bob.id, text: "hi all", entities: [{ type: "bold", offset: 0, length: 2 }] }),
    ]);
    expect((await call("POST", "/control/messages", { from: ann.id, chat_id: ann.id, text: "me" })).status).toBe(400);
  });

  test("chats: supergroups with admins, as a member sees them", async () => {
    const { call } = setup();
    const ann = (await call("POST", "/control/users", { first_name: "Ann" })).json;
    const bot = (await call("POST", "/control/bots", { username: "mod_bot" })).json;
    const sg = (await call("POST", "/control/chats", { type: "supergroup", title: "S", creator: ann.id, admins: [bot.id], forum: true })).json;
    expect(sg.chat_id).toBeLessThan(-1_000_000_000_000);
    const view = (await call("GET", `/control/chats/${sg.chat_id}?as=${bot.id}`)).json;
    expect(view).toMatchObject({ type: "supergroup", title: "S", is_forum: true });
    expect(view.members.map((m: any) => [m.user_id, m.status])).toEqual([
      [ann.id, "creator"],
      [bot.id, "administrator"],
    ]);
    expect((await call("GET", `/control/chats/${ann.id}?as=${bot.id}`)).json).toMatchObject({ type: "private", first_name: "Ann" });
  });

  test("act runs a TL method as an account and returns the result as JSON", async () => {
    const { call } = setup();
    const ann = (await call("POST", "/control/users", { first_name: "Ann" })).json;
    const bob = (await call("POST", "/control/users", { first_name: "Bob", username: "bob_b" })).json;
    const sent = await call("POST", "/control/act", { as: ann.id, method: "messages.sendMessage", params: { peer: bob.id, message: "via act", random_id: 5 } });
    expect(sent.json).toMatchObject({ _: "UpdateShortSentMessage", id: 1, pts: 2 });
    const history = await call("POST", "/control/act", { as: bob.id, method: "messages.getHistory", params: { peer: ann.id, limit: 10 } });
    expect(history.json._).toBe("messages.Messages");
    expect(history.json.messages[0]).toMatchObject({ _: "Message", id: 1, message: "via act" });
    const resolved = await call("POST", "/control/act", { as: ann.id, method: "contacts.resolveUsername", params: { username: "bob_b" } });
    expect(resolved.json.users[0].id).toBe(bob.id);
    expect((await call("POST", "/control/act", { as: ann.id, method: "messages.nope", params: {} })).status).toBe(400);
    expect((await call("POST", "/control/act", { as: ann.id, method: "contacts.resolveUsername", params: { username: "nobody_here" } })).json).toEqual({
      error: "USERNAME_NOT_OCCUPIED",
      code: 400,
    });
  });

  test("faults arm errors for chosen methods; reset empties the world", async () => {
    const { call, dispatch, world } = setup();
    const ann = (await call("POST", "/control/users", { first_name: "Ann" })).json;
    await call("POST", "/control/faults", { flood_wait: { method: "updates.getState", seconds: 7, times: 2 } });
    const caller = { dcId: 1, authKeyId: "k", sessionId: "s", accountId: ann.id };
    for (let i = 0; i < 2; i++) {
      await expect(dispatch(caller, new Api.updates.GetState())).rejects.toMatchObject({ code: 420, errorMessage: "FLOOD_WAIT_7" });
    }
    await expect(dispatch(caller, new Api.updates.GetState())).resolves.toBeInstanceOf(Api.updates.State);
    await call("POST", "/control/faults", { rpc_error: { method: "updates.getState", error: "AUTH_KEY_UNREGISTERED" } });
    await expect(dispatch(caller, new Api.updates.GetState())).rejects.toMatchObject({ code: 401 });
    expect((await call("POST", "/control/reset")).status).toBe(200);
    expect(world.accounts.size).toBe(0);
    expect((await call("POST", "/control/callback_queries", {})).json).toEqual({ error: "from: no account undefined" });
  });
});
