/**
 * Starts the whole sandbox in-process: the world, the MTProto server (one port per DC)
 * and the control API. Tests use it on random ports; `tgrest sandbox` through cli.ts.
 */
import { type SandboxConfig, type ControlEnv } from "./control/env.ts";
import { startControlServer } from "./control/server.ts";
import { createMtprotoServer } from "./mtproto/server.ts";
import { createDispatcher } from "./rpc/dispatcher.ts";
import { MethodFaults } from "./rpc/faults.ts";
import { World } from "./world/world.ts";

export interface SandboxStartOptions {
  /** Number of DCs (default 2). */
  dcs?: number;
  host?: string;
  /** DC n listens on mtprotoPort + n − 1; 0 picks free ports. */
  mtprotoPort?: number;
  controlPort?: number;
  /** Directory of the world's files (in memory when absent). */
  dir?: string;
  /** Most events per getDifference before differenceSlice (default 100). */
  differenceSliceSize?: number;
}

export interface Sandbox {
  config: SandboxConfig;
  controlUrl: string;
  world: World;
  stop(): Promise<void>;
}

const RSA_KEY = "keep.rsa_private_key";

export async function startSandbox(options: SandboxStartOptions = {}): Promise<Sandbox> {
  const dcCount = options.dcs ?? 2;
  const host = options.host ?? "127.0.0.1";
  const basePort = options.mtprotoPort ?? 0;
  const world = new World({ dir: options.dir, dcCount, differenceSliceSize: options.differenceSliceSize });
  const methodFaults = new MethodFaults();
  let dcs: SandboxConfig["dcs"] = [];
  const dispatch = createDispatcher({ world, dcs: () => dcs, faults: methodFaults });
  const savedKey = world.store.getMeta(RSA_KEY);
  const server = await createMtprotoServer({
    dcs: Array.from({ length: dcCount }, (_, i) => ({ id: i + 1, host, port: basePort === 0 ? 0 : basePort + i })),
    rsa: savedKey ? { privateKeyPem: savedKey } : undefined,
    dispatcher: dispatch,
    authKeys: world.authKeys,
  });
  if (!savedKey) world.store.setMeta(RSA_KEY, server.rsaPrivateKeyPem);
  dcs = server.dcs;
  world.attachHub(server.hub);
  const config: SandboxConfig = { dcs: server.dcs, rsa_public_key: server.rsaPublicKeyPem };
  const env: ControlEnv = { world, dispatch, config: () => config, transportFaults: server.faults, methodFaults };
  const control = startControlServer(env, { host, port: options.controlPort ?? 0 });
  return {
    config,
    controlUrl: control.url,
    world,
    async stop() {
      await control.stop();
      await server.stop();
      world.close();
    },
  };
}
