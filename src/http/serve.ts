/** Starts the HTTP server with the Bun options the gateway needs. */
import type { AnyElysia } from "elysia";
import { type Config, limitsOf } from "../cli/config.ts";
import { MAX_PARAMETERS_LENGTH } from "./raw-params.ts";

/** A media group of 10 files of the mode's maximum size, plus parameters and framing. */
export function maxRequestBodySize(config: Pick<Config, "local">): number {
  return 10 * limitsOf(config).uploadBytes + 2 * MAX_PARAMETERS_LENGTH;
}

/**
 * Bun closes a connection idle for 10 s by default, which would cut long polls
 * (getUpdates waits up to 50 s); 255 s is Bun's maximum.
 */
const IDLE_TIMEOUT_SECONDS = 255;

export function serve(app: AnyElysia, config: Pick<Config, "local" | "httpPort" | "httpIpAddress">) {
  return app.listen({
    port: config.httpPort,
    hostname: config.httpIpAddress ?? "0.0.0.0",
    maxRequestBodySize: maxRequestBodySize(config),
    idleTimeout: IDLE_TIMEOUT_SECONDS,
    // Elysia turns reusePort on, which would let a second gateway share the port silently.
    reusePort: false,
  });
}
