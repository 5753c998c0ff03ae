/**
 * A gateway wired to an in-process sandbox over loopback, for tests of methods through
 * the real path: HTTP → gateway → GramJS → MTProto → sandbox world. Ports are random;
 * `stop()` ends both.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../../src/cli/config.ts";
import { startGateway } from "../../src/cli/gateway.ts";
import { type Sandbox, type SandboxStartOptions, startSandbox } from "../../src/sandbox/index.ts";

export interface BotApiAnswer<T = any> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface TestWorld {
  sandbox: Sandbox;
  /** The gateway's base URL, e.g. http://127.0.0.1:PORT */
  baseUrl: string;
  /** Gateway data directory. */
  dir: string;
  /** POSTs JSON to the sandbox's control API; throws on a 4xx/5xx with its error text. */
  control<T = any>(path: string, body?: unknown): Promise<T>;
  /** Creates a bot in the world; returns its token, id and username. */
  createBot(username?: string): Promise<{ id: number; token: string; username: string }>;
  /** Creates a user in the world. */
  createUser(firstName?: string, extra?: Record<string, unknown>): Promise<{ id: number; phone: string; username?: string }>;
  /** Calls a Bot API method with a JSON body. */
  call<T = any>(token: string, method: string, params?: Record<string, unknown>): Promise<BotApiAnswer<T>>;
  /** Calls and expects ok; returns the result. */
  ok<T = any>(token: string, method: string, params?: Record<string, unknown>): Promise<T>;
  /** Restarts the gateway on the same data directory (the sandbox keeps running). */
  restartGateway(): Promise<void>;
  /** Stops the gateway alone; `startGateway` brings it back on the same data directory. */
  stopGateway(): Promise<void>;
  startGateway(): Promise<void>;
  stop(): Promise<void>;
}

let counter = 0;

export async function startTestWorld(overrides: Partial<Config> = {}, sandboxOptions: SandboxStartOptions = {}): Promise<TestWorld> {
  const sandbox = await startSandbox({ dcs: 2, ...sandboxOptions });
  const dir = mkdtempSync(join(tmpdir(), "tgrest-test-"));
  const config: Config = {
    local: true,
    httpPort: 0,
    httpIpAddress: "127.0.0.1",
    dir: join(dir, "gateway"),
    tempDir: join(dir, "temp"),
    verbosity: 0,
    allowUsers: false,
    allowUsersRegistration: false,
    plugins: [],
    sandboxControl: sandbox.controlUrl,
    ...overrides,
  };
  let gateway: Awaited<ReturnType<typeof open>> | undefined = await open(config);

  const control = async (path: string, body?: unknown) => {
    const response = await fetch(new URL(path, sandbox.controlUrl), {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as any;
    if (!response.ok) throw new Error(`control ${path}: ${response.status} ${json?.error}`);
    return json;
  };
  const call = async (token: string, method: string, params: Record<string, unknown> = {}) => {
    const response = await fetch(`${world.baseUrl}/bot${token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
    });
    return (await response.json()) as BotApiAnswer;
  };
  const world: TestWorld = {
    sandbox,
    baseUrl: `http://127.0.0.1:${gateway.port}`,
    dir,
    control,
    async createBot(username) {
      return control("/control/bots", { username: username ?? `test${++counter}_${Date.now() % 100000}_bot`, first_name: "Test Bot" });
    },
    async createUser(firstName = "Test", extra = {}) {
      return control("/control/users", { first_name: firstName, ...extra });
    },
    call,
    async ok(token, method, params) {
      const answer = await call(token, method, params);
      if (!answer.ok) throw new Error(`${method} failed: ${answer.error_code} ${answer.description}`);
      return answer.result;
    },
    async restartGateway() {
      await world.stopGateway();
      await world.startGateway();
    },
    async stopGateway() {
      await gateway?.stop();
      gateway = undefined;
    },
    async startGateway() {
      gateway ??= await open({ ...config, httpPort: Number(new URL(world.baseUrl).port) });
    },
    async stop() {
      await gateway?.stop();
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

async function open(config: Config) {
  const gateway = await startGateway(config);
  if ("error" in gateway) throw new Error(gateway.error);
  return gateway;
}
