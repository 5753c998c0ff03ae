/** `tgrest serve`: one gateway, stopped cleanly on SIGINT/SIGTERM. */
import type { Config } from "./config.ts";
import { type Gateway, startGateway } from "./gateway.ts";
import { LogLevel } from "./log.ts";

/** Runs until a signal stops it; returns a one-line error text if it cannot start. */
export async function serve(config: Config): Promise<string | undefined> {
  const gateway = await startGateway(config);
  if ("error" in gateway) return gateway.error;
  stopOnSignals(gateway);
  return undefined;
}

/** The first SIGINT/SIGTERM stops the gateway and exits; a second exits at once, as the official. */
export function stopOnSignals(gateway: Gateway): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(0);
    stopping = true;
    gateway.log.write(LogLevel.warning, `stopping on ${signal}`);
    await gateway.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
