/**
 * `tgrest sandbox`: runs the emulator (src/sandbox/cli.ts) and, unless --no-gateway, a
 * gateway in the same process that talks to it as `serve --sandbox-control` would, with
 * its data in `<dir>/gateway/`.
 */
import { join } from "node:path";
import type { RunSandboxOptions } from "../sandbox/cli.ts";
import { startGateway } from "./gateway.ts";
import { cliErrors } from "./messages.ts";
import type { SandboxOptions } from "./sandbox-options.ts";
import { stopOnSignals } from "./serve.ts";

interface SandboxEntry {
  runSandbox(options: RunSandboxOptions): Promise<unknown>;
}

/** Returns a one-line error text when the sandbox cannot start. */
export async function sandbox(options: SandboxOptions): Promise<string | undefined> {
  let entry: SandboxEntry;
  try {
    // A literal path, so the bundler compiles the sandbox into the binary.
    entry = await import("../sandbox/cli.ts");
  } catch (error) {
    if (isMissingModule(error)) return cliErrors.sandboxMissing;
    throw error;
  }
  const startSandboxGateway: RunSandboxOptions["startGateway"] = async ({ controlUrl, httpPort }) => {
    const gateway = await startGateway({
      ...options.config,
      httpPort,
      // Like the emulator, the sandbox's gateway listens on loopback unless told otherwise.
      httpIpAddress: options.config.httpIpAddress ?? "127.0.0.1",
      sandboxControl: controlUrl,
      dir: join(options.dir, "gateway"),
    });
    if ("error" in gateway) throw new Error(gateway.error);
    stopOnSignals(gateway);
    return { port: gateway.port };
  };
  try {
    await entry.runSandbox({ ...options, startGateway: startSandboxGateway });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

function isMissingModule(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /Cannot find module|Could not resolve/.test(text) && text.includes("sandbox/cli");
}
