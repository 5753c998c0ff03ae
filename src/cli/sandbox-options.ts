/** What `tgrest sandbox` hands to `runSandbox` (src/sandbox/cli.ts). */
import type { Config } from "./config.ts";

export interface SandboxOptions {
  /** `--http-port` of the gateway (0: a free port). */
  readonly httpPort: number;
  readonly controlPort: number;
  /** DC n listens on mtprotoPort + n − 1; 0: free ports. */
  readonly mtprotoPort: number;
  readonly dcs: number;
  /** `--dir`: the world goes in `<dir>/sandbox/`, the gateway's data in `<dir>/gateway/`. */
  readonly dir: string;
  readonly noGateway: boolean;
  /** The gateway's configuration from the other flags (`dir` is still the `--dir` given). */
  readonly config: Config;
}
