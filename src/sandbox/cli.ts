/**
 * `tgrest sandbox`: the emulator, its control API and (unless --no-gateway) a gateway
 * wired to it. Creates a demo bot and a demo user on first start and prints how to use them.
 */
import { join } from "node:path";
import type { SandboxConfig } from "./control/env.ts";
import { type Sandbox, startSandbox } from "./index.ts";
import type { World } from "./world/world.ts";

export interface RunSandboxOptions {
  readonly httpPort: number;
  readonly controlPort: number;
  readonly mtprotoPort: number;
  readonly dcs: number;
  /** The world goes in `<dir>/sandbox/`. */
  readonly dir: string;
  readonly noGateway: boolean;
  /** Starts the gateway against the sandbox (wired by the CLI); not called with --no-gateway. */
  readonly startGateway?: (config: SandboxConfig & { controlUrl: string; httpPort: number }) => Promise<{ port: number }>;
  /** Where the ready line and the demo lines go (stdout by default). */
  readonly print?: (line: string) => void;
}

export interface RunningSandbox {
  sandbox: Sandbox;
  stop(): Promise<void>;
}

const DEMO_BOT = "demo.bot_id";
const DEMO_USER = "demo.user_id";
/** Homed on DC 1, so its login code is always 11111. */
const DEMO_PHONE = "9996610001";

/** The demo accounts, created once and remembered in the world. */
function demoAccounts(world: World) {
  let botId = Number(world.store.getMeta(DEMO_BOT) ?? 0);
  let userId = Number(world.store.getMeta(DEMO_USER) ?? 0);
  if (!world.account(botId)) {
    botId = world.createBot({ username: "sandbox_demo_bot", firstName: "Demo Bot" }).id;
    world.store.setMeta(DEMO_BOT, String(botId));
  }
  if (!world.account(userId)) {
    userId = (world.byPhone(DEMO_PHONE) ?? world.createUser({ phone: DEMO_PHONE, firstName: "Demo", lastName: "User", username: "demo_user" })).id;
    world.store.setMeta(DEMO_USER, String(userId));
  }
  return { bot: world.account(botId)!, user: world.account(userId)! };
}

export async function runSandbox(options: RunSandboxOptions): Promise<RunningSandbox> {
  const print = options.print ?? ((line: string) => console.log(line));
  const sandbox = await startSandbox({
    dcs: options.dcs,
    host: "127.0.0.1",
    mtprotoPort: options.mtprotoPort,
    controlPort: options.controlPort,
    dir: join(options.dir, "sandbox"),
  });
  const { bot, user } = demoAccounts(sandbox.world);
  let http: number | undefined;
  if (!options.noGateway && options.startGateway) {
    http = (await options.startGateway({ ...sandbox.config, controlUrl: sandbox.controlUrl, httpPort: options.httpPort })).port;
  }
  const control = Number(new URL(sandbox.controlUrl).port);
  print(JSON.stringify({ ready: true, ...(http === undefined ? {} : { http }), control, dcs: sandbox.config.dcs }));
  print(`demo bot: @${bot.username} (id ${bot.id}) token ${bot.botToken}`);
  print(`demo user: phone ${user.phone}, login code ${String(user.dcId).repeat(5)}`);
  if (http !== undefined) print(`curl http://127.0.0.1:${http}/bot${bot.botToken}/getMe`);
  const stop = () => sandbox.stop();
  const onSignal = () => {
    void stop().finally(() => process.exit(0));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    sandbox,
    async stop() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await stop();
    },
  };
}
