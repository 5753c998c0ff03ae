/** A sandbox on random ports, its control API, and stock GramJS clients logged in to it. */
import { StringSession } from "telegram/sessions";
import { startSandbox, type Sandbox, type SandboxStartOptions } from "../../../src/sandbox/index.ts";
import { createSandboxClient, type SandboxTelegramClient } from "../../../src/telegram/sandbox-connection.ts";

export class Harness {
  readonly clients: SandboxTelegramClient[] = [];
  private constructor(readonly sandbox: Sandbox) {}

  static async start(options: SandboxStartOptions = {}): Promise<Harness> {
    return new Harness(await startSandbox({ dcs: 2, ...options }));
  }

  async control<T = any>(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const response = await fetch(`${this.sandbox.controlUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as T };
  }

  async ok<T = any>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const { status, json } = await this.control<T>(method, path, body);
    if (status !== 200) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`);
    return json;
  }

  client(session = ""): SandboxTelegramClient {
    const client = createSandboxClient(this.sandbox.config, new StringSession(session), { connectionRetries: 3, retryDelay: 10 });
    this.clients.push(client);
    return client;
  }

  async bot(token: string): Promise<SandboxTelegramClient> {
    const client = this.client();
    await client.start({ botAuthToken: token });
    return client;
  }

  async user(phone: string, password?: string): Promise<SandboxTelegramClient> {
    const client = this.client();
    await client.start({
      phoneNumber: phone,
      phoneCode: async () => (await this.ok<{ code: string }>("GET", `/control/codes/${phone}`)).code,
      password: async () => password ?? "",
      onError: (error) => {
        throw error;
      },
    });
    return client;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) await client.destroy().catch(() => {});
    await this.sandbox.stop();
  }
}
