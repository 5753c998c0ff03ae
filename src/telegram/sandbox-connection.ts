/**
 * What a stock GramJS TelegramClient needs to talk to the sandbox instead of Telegram,
 * built only from the sandbox's public config (GET /control/config): its RSA key in
 * GramJS's key table, a socket class that maps DC addresses to the sandbox's ports
 * (GramJS ignores the port of session.setDC and dials 80/443), a getDC that names every
 * DC by such an address (also after *_MIGRATE_X), and a silent logger.
 */
import { createHash, createPublicKey } from "node:crypto";
import { TelegramClient } from "telegram";
import { _serverKeys } from "telegram/crypto/RSA";
import { PromisedNetSockets } from "telegram/extensions";
import { Logger, LogLevel } from "telegram/extensions/Logger";
import { returnBigInt } from "telegram/Helpers";
import type { TelegramClientParams } from "telegram/client/telegramBaseClient";
import type { Session } from "telegram/sessions";
import { installMsgIds } from "../gramjs/msg-id.ts";

// Message ids made with native BigInt (src/gramjs/msg-id.ts), for the bench's direct clients too.
installMsgIds();

export interface SandboxConfig {
  dcs: { id: number; host: string; port: number }[];
  /** PKCS#1 PEM. */
  rsa_public_key: string;
}

/** The address a sandbox DC goes by inside GramJS sessions; the socket maps it to host:port. */
export function sandboxDcAddress(dcId: number): string {
  return `dc${dcId}.sandbox.invalid`;
}

/**
 * The port written into sessions. The socket ignores it (the address names the DC), and
 * StringSession stores ports as signed 16-bit, so a real ephemeral port would not fit.
 */
const SESSION_PORT = 443;

function tlBytes(data: Buffer): Buffer {
  const head = data.length < 254 ? Buffer.from([data.length]) : Buffer.from([254, data.length & 0xff, (data.length >> 8) & 0xff, (data.length >> 16) & 0xff]);
  return Buffer.concat([head, data, Buffer.alloc((4 - ((head.length + data.length) % 4)) % 4)]);
}

/**
 * Adds the sandbox's key to GramJS's table of server keys, under the fingerprint
 * Telegram defines (lower 64 bits of SHA1 of n and e serialized as TL bytes).
 */
export function registerSandboxKey(publicKeyPem: string): string {
  const jwk = createPublicKey(publicKeyPem).export({ format: "jwk" });
  const n = Buffer.from(jwk.n!, "base64url");
  const e = Buffer.from(jwk.e!, "base64url");
  const digest = createHash("sha1").update(tlBytes(n)).update(tlBytes(e)).digest();
  const fingerprint = digest.readBigInt64LE(12).toString();
  _serverKeys.set(fingerprint, { n: returnBigInt(BigInt("0x" + n.toString("hex"))), e: Number(BigInt("0x" + e.toString("hex"))) });
  return fingerprint;
}

/** A PromisedNetSockets that dials the sandbox's port for each DC address. */
export function sandboxSocketClass(config: SandboxConfig): typeof PromisedNetSockets {
  const byAddress = new Map<string, { host: string; port: number }>();
  for (const dc of config.dcs) {
    byAddress.set(sandboxDcAddress(dc.id), dc);
    byAddress.set(`${dc.host}:${dc.port}`, dc);
  }
  return class SandboxSocket extends PromisedNetSockets {
    override async connect(port: number, ip: string) {
      const dc = byAddress.get(ip) ?? byAddress.get(`${ip}:${port}`);
      if (!dc) throw new Error(`no sandbox DC at ${ip}:${port}`);
      return super.connect(dc.port, dc.host);
    }
  };
}

/** A logger that prints nothing. */
export function silentLogger(): Logger {
  return new Logger(LogLevel.NONE);
}

/** Client options for the sandbox (registers its RSA key as a side effect). */
export function sandboxClientOptions(config: SandboxConfig, extra: TelegramClientParams = {}): TelegramClientParams {
  registerSandboxKey(config.rsa_public_key);
  return { baseLogger: silentLogger(), networkSocket: sandboxSocketClass(config), ...extra };
}

/**
 * A TelegramClient whose DC lookups answer with sandbox addresses, so that migrations and
 * exported senders reach the sandbox's DCs without help.getConfig.
 */
export class SandboxTelegramClient extends TelegramClient {
  constructor(
    private readonly sandbox: SandboxConfig,
    session: Session,
    params: TelegramClientParams = {},
  ) {
    // The sandbox needs no api id: it accepts any.
    super(session, 1, "sandbox", sandboxClientOptions(sandbox, params));
    if (!session.serverAddress) {
      const first = sandbox.dcs[0];
      if (!first) throw new Error("sandbox config lists no DC");
      session.setDC(first.id, sandboxDcAddress(first.id), SESSION_PORT);
    }
  }

  override async getDC(dcId: number): Promise<{ id: number; ipAddress: string; port: number }> {
    if (!this.sandbox.dcs.some((d) => d.id === dcId)) throw new Error(`the sandbox has no DC ${dcId}`);
    return { id: dcId, ipAddress: sandboxDcAddress(dcId), port: SESSION_PORT };
  }
}

export function createSandboxClient(config: SandboxConfig, session: Session, params: TelegramClientParams = {}): SandboxTelegramClient {
  return new SandboxTelegramClient(config, session, params);
}
