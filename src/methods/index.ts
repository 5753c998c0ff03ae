/**
 * Attaches the handlers of the implemented Bot API methods to the table. The server and
 * `bun run coverage` both call this, so coverage counts exactly what is served.
 * Each area module (messages.ts, chats.ts, …) adds its `table.implement(...)` calls here.
 */
import type { MethodTable } from "./types.ts";

export function registerHandlers(_table: MethodTable): void {}
