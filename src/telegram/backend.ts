/**
 * Where accounts' clients connect: Telegram itself (api id and hash from the config) or
 * a sandbox (its config read from `--sandbox-control`). Everything else in the gateway
 * is the same for both.
 */
import { TelegramClient } from "telegram";
import type { TelegramClientParams } from "telegram/client/telegramBaseClient";
import { StringSession } from "telegram/sessions";
import { createSandboxClient, type SandboxConfig, silentLogger } from "./sandbox-connection.ts";
import { installMsgIds } from "../gramjs/msg-id.ts";
import { installTurnPacking } from "../gramjs/turn-packing.ts";

/**
 * GramJS calls the global `alert` when it meets a constructor it does not know, and Bun's
 * `alert` blocks on stdin: a server must never stop there, so it has none.
 */
(globalThis as { alert?: unknown }).alert = undefined;

// Message ids made with native BigInt (src/gramjs/msg-id.ts).
installMsgIds();
// One container per event-loop turn, sends independent of each other (src/gramjs/turn-packing.ts).
installTurnPacking();

export interface TelegramBackend {
  readonly apiId: number;
  readonly apiHash: string;
  createClient(session: string): TelegramClient;
}

/** Errors reach handlers at once: flood waits become 429 with retry_after, not sleeps. */
const CLIENT_PARAMS: TelegramClientParams = {
  floodSleepThreshold: 0,
  connectionRetries: 3,
  // A *_MIGRATE_X answer uses up one attempt before the call is sent to the right DC.
  requestRetries: 3,
  autoReconnect: true,
};

export function telegramBackend(apiId: number, apiHash: string): TelegramBackend {
  return {
    apiId,
    apiHash,
    createClient: (session) =>
      new TelegramClient(new StringSession(session), apiId, apiHash, { ...CLIENT_PARAMS, baseLogger: silentLogger() }),
  };
}

export function sandboxBackend(config: SandboxConfig): TelegramBackend {
  return {
    apiId: 1,
    apiHash: "sandbox",
    createClient: (session) => createSandboxClient(config, new StringSession(session), CLIENT_PARAMS),
  };
}

/** Reads a sandbox's public config from its control API (`GET /control/config`). */
export async function fetchSandboxConfig(controlUrl: string): Promise<SandboxConfig> {
  const response = await fetch(new URL("/control/config", controlUrl));
  if (!response.ok) throw new Error(`sandbox control at ${controlUrl} answered ${response.status}`);
  return (await response.json()) as SandboxConfig;
}
