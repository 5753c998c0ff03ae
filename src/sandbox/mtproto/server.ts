/**
 * The sandbox's MTProto 2.0 server: one TCP listener per DC, all sharing the RSA key, the
 * auth key store, the dispatcher and the session hub.
 * https://core.telegram.org/mtproto
 */
import { createServer, type Server } from "node:net";
import { ClientConnection, type ConnectionEnv } from "./connection.ts";
import { Hub } from "./hub.ts";
import { loadRsaKey } from "./rsa.ts";
import { Salts } from "./salts.ts";
import type { AuthKeyStore, FaultState, RpcDispatcher, SessionHub } from "./types.ts";

export interface DcAddress {
  id: number;
  host: string;
  port: number;
}

export interface MtprotoServerOptions {
  /** One listener per DC; port 0 picks a free port. */
  dcs: DcAddress[];
  /** PEM (PKCS#1 or PKCS#8) private key; a 2048-bit key is generated when absent. */
  rsa?: { privateKeyPem: string };
  dispatcher: RpcDispatcher;
  authKeys: AuthKeyStore;
  /** Initial fault settings; change them later on the returned `faults`. */
  faults?: Partial<Pick<FaultState, "delayMs" | "zeroLeadingAuthKey">>;
}

export interface MtprotoServer {
  hub: SessionHub;
  /** The DCs with their actual ports. */
  dcs: DcAddress[];
  /** The public key clients must know, PKCS#1 PEM. */
  rsaPublicKeyPem: string;
  /** The private key, PKCS#1 PEM (to keep the same key across restarts). */
  rsaPrivateKeyPem: string;
  /** Live fault settings. */
  faults: FaultState;
  stop(): Promise<void>;
}

export async function createMtprotoServer(options: MtprotoServerOptions): Promise<MtprotoServer> {
  const rsa = loadRsaKey(options.rsa?.privateKeyPem);
  const hub = new Hub(options.authKeys);
  const salts = new Salts();
  const faults: FaultState = {
    delayMs: options.faults?.delayMs ?? 0,
    zeroLeadingAuthKey: options.faults?.zeroLeadingAuthKey ?? false,
    dropConnections: () => hub.dropConnections(),
  };
  const servers: Server[] = [];
  const dcs: DcAddress[] = [];
  try {
    for (const dc of options.dcs) {
      const env: ConnectionEnv = {
        dcId: dc.id,
        rsa,
        dispatcher: options.dispatcher,
        authKeys: options.authKeys,
        faults,
        salts,
        hub,
        onNewKey: (id, firstSalt) => salts.rememberFirst(id, firstSalt),
      };
      const server = createServer((socket) => new ClientConnection(socket, env));
      servers.push(server);
      const port = await new Promise<number>((resolve, reject) => {
        server.once("error", reject);
        server.listen(dc.port, dc.host, () => {
          server.off("error", reject);
          resolve((server.address() as { port: number }).port);
        });
      });
      dcs.push({ id: dc.id, host: dc.host, port });
    }
  } catch (e) {
    hub.dropConnections();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    throw e;
  }
  return {
    hub,
    dcs,
    rsaPublicKeyPem: rsa.publicKeyPem,
    rsaPrivateKeyPem: rsa.privateKeyPem,
    faults,
    async stop() {
      const closing = servers.map((s) => new Promise((r) => s.close(r)));
      hub.dropConnections();
      await Promise.all(closing);
    },
  };
}
