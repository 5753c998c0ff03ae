/** What `tgrest sandbox` hands to `runSandbox` (src/sandbox/cli.ts), plus the gateway's config. */
import type { RunSandboxOptions } from "../sandbox/cli.ts";
import type { Config } from "./config.ts";

export interface SandboxOptions extends Omit<RunSandboxOptions, "startGateway" | "print"> {
  /** The gateway's configuration from the other flags (`dir` is still the `--dir` given). */
  readonly config: Config;
}
