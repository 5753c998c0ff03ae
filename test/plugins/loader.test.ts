import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiError } from "../../src/methods/types.ts";
import type { Plugin, PluginApi } from "../../src/plugins/api.ts";
import { definePlugin } from "../../src/plugins/define.ts";
import { PluginLoadError } from "../../src/plugins/loader.ts";
import { load } from "./fixtures.ts";

const plugin = (name: string, setup: (api: PluginApi) => void = () => {}, dependencies?: string[]): Plugin =>
  definePlugin({ name, version: "1.0.0", dependencies, setup });

const dirs: string[] = [];
function pluginDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tgrest-plugins-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("choosing plugins", () => {
  test("enables only the built-ins named, calling each factory", async () => {
    const { plugins } = await load({ a: () => plugin("a"), b: () => plugin("b") }, { names: ["b"] });
    expect(plugins.map((p) => p.name)).toEqual(["b"]);
  });

  test("an unknown built-in name lists the known ones", async () => {
    const run = load({ a: () => plugin("a"), b: () => plugin("b") }, { names: ["c"] });
    await expect(run).rejects.toThrow('unknown plugin "c" in --plugins; built-in plugins: a, b');
  });

  test("loads .ts and .js files of the directory (object or factory), ignoring .d.ts and others", async () => {
    const dir = pluginDir({
      "one.ts": `import type { Plugin } from "tgrest";\nexport default { name: "one", version: "1", setup() {} } satisfies Plugin;`,
      "two.js": `export default (options = { v: "2" }) => ({ name: "two", version: options.v, setup() {} });`,
      "types.d.ts": `export {};`,
      "notes.md": `not code`,
    });
    const { plugins } = await load({}, { dir });
    expect(plugins.map((p) => [p.name, p.version])).toEqual([["one", "1"], ["two", "2"]]);
  });

  test("a file whose default export is not a plugin is named in the error", async () => {
    const dir = pluginDir({ "bad.ts": `export default { name: "bad", setup() {} };` });
    await expect(load({}, { dir })).rejects.toThrow(`${join(dir, "bad.ts")} does not export a plugin`);
  });

  test("a file that fails to import is named in the error", async () => {
    const dir = pluginDir({ "broken.ts": `import "./missing-helper.ts";\nexport default {};` });
    await expect(load({}, { dir })).rejects.toThrow(`cannot load plugin file ${join(dir, "broken.ts")}`);
  });

  test("a missing directory is a start-up error", async () => {
    await expect(load({}, { dir: "/nonexistent/tgrest-plugins" })).rejects.toThrow("cannot read --plugins-dir /nonexistent/tgrest-plugins");
  });
});

describe("names and dependencies", () => {
  test("a duplicate name names both origins", async () => {
    const dir = pluginDir({ "a.ts": `export default { name: "a", version: "1", setup() {} };` });
    await expect(load({ a: () => plugin("a") }, { names: ["a"], dir })).rejects.toThrow(
      `plugin "a" is loaded twice: built-in "a" and ${join(dir, "a.ts")}`,
    );
  });

  test("setup runs after the plugins a plugin depends on", async () => {
    const order: string[] = [];
    const p = (name: string, deps?: string[]) => () => plugin(name, () => void order.push(name), deps);
    await load({ a: p("a", ["c"]), b: p("b"), c: p("c", ["b"]) }, { names: ["a", "b", "c"] });
    expect(order).toEqual(["b", "c", "a"]);
  });

  test("a missing dependency names the plugin and the dependency", async () => {
    await expect(load({ a: () => plugin("a", undefined, ["auth"]) }, { names: ["a"] })).rejects.toThrow(
      'plugin "a" depends on "auth", which is not loaded',
    );
  });

  test("a dependency cycle is shown", async () => {
    const reg = { a: () => plugin("a", undefined, ["b"]), b: () => plugin("b", undefined, ["a"]) };
    await expect(load(reg, { names: ["a", "b"] })).rejects.toThrow("in a cycle: a -> b -> a");
  });
});

describe("the api a plugin gets", () => {
  test("an unknown hook fails the start, naming the plugin", async () => {
    const bogus = () => plugin("bogus-hooks", (api) => api.on("bogus" as "onStart", () => {}));
    const run = load({ x: bogus }, { names: ["x"] });
    await expect(run).rejects.toThrow(PluginLoadError);
    await expect(run).rejects.toThrow('plugin "bogus-hooks" failed to start: unknown hook "bogus"; known hooks: onStart');
  });

  test("method adds a plugin row to the table; its handler is the plugin's", async () => {
    const { table } = await load(
      { x: () => plugin("x", (api) => api.method("getAnswer", { description: "42", returns: ["Integer"], handler: () => 42 })) },
      { names: ["x"] },
    );
    const row = table.get("GETANSWER")!;
    expect(row).toMatchObject({ name: "getAnswer", source: "plugin", description: "42", params: [], returns: ["Integer"], botOnly: false });
    expect(await row.handler!(undefined as never, {})).toBe(42);
  });

  test.each([
    ["a spec method", "SendMessage", 'method "SendMessage" already exists (a Bot API method: sendMessage)'],
    ["another plugin's", "getAnswer", 'method "getAnswer" already exists (added by plugin "first")'],
    ["a bad name", "get-answer", 'method name "get-answer" is not valid'],
  ])("method refuses %s", async (_, name, message) => {
    const reg = {
      first: () => plugin("first", (api) => api.method("getAnswer", { handler: () => 1 })),
      second: () => plugin("second", (api) => api.method(name, { handler: () => 2 })),
    };
    await expect(load(reg, { names: ["first", "second"] })).rejects.toThrow(`plugin "second" failed to start: ${message}`);
  });

  test("routes are collected for the HTTP app; reserved and repeated ones are refused", async () => {
    const handler = () => new Response("hi");
    const { routes } = await load({ x: () => plugin("x", (api) => api.route("GET", "/hello", handler)) }, { names: ["x"] });
    expect(routes).toEqual([{ method: "GET", path: "/hello", plugin: "x", handler }]);
    for (const [path, message] of [
      ["/docs/json", "is reserved"],
      ["/bot123/x", "is reserved"],
      ["/hello", 'already exists (added by plugin "x")'],
      ["hello", "is not valid"],
    ]) {
      const second = () => plugin("y", (api) => api.route("GET", path!, handler));
      await expect(load({ x: () => plugin("x", (api) => api.route("GET", "/hello", handler)), y: second }, { names: ["x", "y"] })).rejects.toThrow(message!);
    }
  });

  test("error builds a BotApiError; log prefixes the plugin; version, plugins and methods are visible", async () => {
    let api!: PluginApi;
    const { logs } = await load(
      { first: () => plugin("first"), x: () => plugin("x", (a) => ((api = a), a.log("ready")), ["first"]) },
      { names: ["x", "first"], version: "9.9.9" },
    );
    const error = api.error(429, "Too Many Requests: retry after 3", { retry_after: 3 });
    expect(error).toBeInstanceOf(BotApiError);
    expect(error).toMatchObject({ code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } });
    expect(logs).toEqual(["[plugin x] ready"]);
    expect(api.version).toBe("9.9.9");
    expect(api.plugins()).toEqual([{ name: "first", version: "1.0.0" }, { name: "x", version: "1.0.0" }]);
    expect(api.methods()).toHaveLength(180);
    expect(api.methods().find((m) => m.name === "sendMessage")).toEqual({ name: "sendMessage", source: "spec", botOnly: false, implemented: false });
  });
});
