/**
 * The sandbox and the gateway as their own processes, as a user runs them, so the
 * gateway can be killed with SIGKILL under a live sandbox and started again on the same
 * data directory. Used by the chaos test and by bench/updates.ts.
 */
import { join } from "node:path";

const ROOT = join(import.meta.dir, "..", "..");
const MAIN = join(ROOT, "src", "main.ts");

export interface SandboxDc {
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

export interface SandboxProcess {
  readonly controlUrl: string;
  /** JSON to and from the control API; throws on a 4xx/5xx with its error text. */
  control<T = any>(path: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** `tgrest sandbox --no-gateway` on free ports; resolves once it prints its ready line. */
export async function spawnSandbox(dir: string, dcs = 2): Promise<SandboxProcess> {
  const child = Bun.spawn(
    [process.execPath, MAIN, "sandbox", "--no-gateway", "--control-port", "0", "--mtproto-port", "0", "--dcs", String(dcs), "--dir", dir],
    { cwd: ROOT, stdout: "pipe", stderr: "inherit" },
  );
  const ready = await readyLine(child);
  const controlUrl = `http://127.0.0.1:${ready.control}`;
  return {
    controlUrl,
    control: (path, body) => controlCall(controlUrl, path, body),
    async stop() {
      child.kill("SIGTERM");
      await child.exited;
    },
  };
}

async function readyLine(child: Bun.Subprocess<"ignore", "pipe", "inherit">): Promise<{ control: number; dcs: SandboxDc[] }> {
  const reader = child.stdout.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the sandbox exited before it was ready");
    text += decoder.decode(value);
    const line = text.split("\n").find((l) => l.startsWith('{"ready":true'));
    if (line) {
      // Keep draining stdout so the sandbox never blocks on a full pipe.
      void (async () => {
        while (!(await reader.read()).done);
      })();
      return JSON.parse(line);
    }
  }
}

export async function controlCall<T>(controlUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, controlUrl), {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as any;
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${json?.error}`);
  return json as T;
}

/** A loopback port nothing listens on (just freed). */
export function freePort(): number {
  const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response() });
  const port = server.port!;
  server.stop(true);
  return port;
}

/**
 * `tgrest serve --sandbox-control` on one port and one data directory for its whole life:
 * `kill()` sends SIGKILL (no clean shutdown of anything), `start()` runs it again.
 */
export class GatewayProcess {
  readonly port = freePort();
  readonly url = `http://127.0.0.1:${this.port}`;
  private child: Bun.Subprocess | undefined;

  constructor(
    private readonly controlUrl: string,
    private readonly dir: string,
    private readonly extra: readonly string[] = [],
  ) {}

  /** Starts the process and resolves once it answers HTTP. */
  async start(): Promise<void> {
    const args = ["serve", "--sandbox-control", this.controlUrl, "-p", String(this.port), "--http-ip-address", "127.0.0.1", "--dir", this.dir, ...this.extra];
    const child = Bun.spawn([process.execPath, MAIN, ...args], { cwd: ROOT, stdout: "ignore", stderr: "inherit" });
    this.child = child;
    while (!(await fetch(`${this.url}/docs/json`).then((r) => r.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}`);
      await Bun.sleep(20);
    }
  }

  /** SIGKILL, then waits for the process to be gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    child?.kill("SIGKILL");
    await child?.exited;
  }

  /** A clean stop (SIGTERM) at the end of a run. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    child?.kill("SIGTERM");
    await child?.exited;
  }
}
