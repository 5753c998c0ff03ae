import { expect, test } from "bun:test";
import { builtinPlugins } from "../../plugins/index.ts";
import { callContext, load } from "./fixtures.ts";

test("getServerInfo reports version, mode, method counts and plugins; ping gives the server time", async () => {
  const { table } = await load(builtinPlugins, { names: ["extra-methods", "metrics"], version: "1.2.3" });
  const info = (await table.get("getserverinfo")!.handler!(callContext("getServerInfo"), {})) as Record<string, unknown>;
  expect(info).toMatchObject({
    name: "tgrest",
    version: "1.2.3",
    local_mode: false,
    methods: { total: 182, implemented: 2, from_plugins: 2 },
    plugins: [{ name: "extra-methods", version: "1.0.0" }, { name: "metrics", version: "1.0.0" }],
  });
  expect(info.uptime).toBeGreaterThanOrEqual(0);
  const before = Math.floor(Date.now() / 1000);
  const time = (await table.get("PING")!.handler!(callContext("ping"), {})) as number;
  expect(time).toBeGreaterThanOrEqual(before);
});

test("showPlugins: false hides the plugin list", async () => {
  const { table } = await load({ x: () => builtinPlugins["extra-methods"]({ showPlugins: false }) }, { names: ["x"] });
  expect(await table.get("getServerInfo")!.handler!(callContext("getServerInfo"), {})).not.toHaveProperty("plugins");
});
