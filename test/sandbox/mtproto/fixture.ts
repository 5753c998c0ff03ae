/**
 * A small dispatcher for the MTProto server's tests (the world is tested elsewhere):
 * answers a few help.* calls, echoes through langpack.getLangPack, and fails on purpose
 * through contacts.resolveUsername and help.getCdnConfig.
 */
import { Api } from "telegram";
import { createMtprotoServer, type MtprotoServer } from "../../../src/sandbox/mtproto/server.ts";
import { RpcError, type AuthKeyStore, type RpcCaller, type RpcDispatcher, type StoredAuthKey } from "../../../src/sandbox/mtproto/types.ts";
import { sandboxTlConfig } from "../../../src/sandbox/rpc/help.ts";

export class MemoryAuthKeys implements AuthKeyStore {
  readonly keys = new Map<string, StoredAuthKey>();
  get(id: string) {
    return this.keys.get(id);
  }
  set(id: string, value: StoredAuthKey) {
    this.keys.set(id, value);
  }
  delete(id: string) {
    this.keys.delete(id);
  }
}

export interface Fixture {
  server: MtprotoServer;
  authKeys: MemoryAuthKeys;
  callers: RpcCaller[];
  config: { dcs: { id: number; host: string; port: number }[]; rsa_public_key: string };
}

const BOOL_TRUE = Buffer.from([0xb5, 0x75, 0x72, 0x99]);

export async function startFixture(dcCount = 2): Promise<Fixture> {
  const authKeys = new MemoryAuthKeys();
  const callers: RpcCaller[] = [];
  let dcs: { id: number; host: string; port: number }[] = [];
  const dispatcher: RpcDispatcher = async (caller, request) => {
    callers.push(caller);
    if (request instanceof Api.help.GetConfig) return sandboxTlConfig(caller.dcId, dcs);
    if (request instanceof Api.help.GetNearestDc) return new Api.NearestDc({ country: "XX", thisDc: caller.dcId, nearestDc: caller.dcId });
    if (request instanceof Api.langpack.GetLangPack) {
      return new Api.LangPackDifference({
        langCode: request.langCode,
        fromVersion: 0,
        version: 1,
        strings: [new Api.LangPackString({ key: "echo", value: request.langPack })],
      });
    }
    if (request instanceof Api.help.SaveAppLog) return BOOL_TRUE;
    if (request instanceof Api.contacts.ResolveUsername) {
      const home = /^dc(\d)$/.exec(request.username);
      if (home && Number(home[1]) !== caller.dcId) throw new RpcError(303, `USER_MIGRATE_${home[1]}`);
      throw new RpcError(400, "USERNAME_NOT_OCCUPIED");
    }
    if (request instanceof Api.help.GetCdnConfig) throw new Error("fixture: a bug in a handler");
    throw new RpcError(400, "METHOD_NOT_IN_FIXTURE");
  };
  const server = await createMtprotoServer({
    dcs: Array.from({ length: dcCount }, (_, i) => ({ id: i + 1, host: "127.0.0.1", port: 0 })),
    dispatcher,
    authKeys,
  });
  dcs = server.dcs;
  return { server, authKeys, callers, config: { dcs: server.dcs, rsa_public_key: server.rsaPublicKeyPem } };
}
