/**
 * Swaps GramJS's long helpers for the native ones of `./fast-longs.ts`, project-wide:
 * the gateway, the sandbox and anything else in the process.
 *
 * `telegram/tl/api.js` copies `toSignedLittleBuffer` and `readBigIntFromBuffer` out of
 * `telegram/Helpers` when it loads, so this module must run before anything loads
 * `telegram`: it is the first import of `src/main.ts` (which loads the server modules
 * dynamically, after it) and the preload of bunfig.toml for `bun test` and `bun <script>`
 * (Bun loads a statically imported CommonJS package before the importing module's
 * earlier imports run, so a plain first import is not enough there). Run too late, the
 * TL classes keep the stock helpers, which give the same results, only slower.
 */
import * as fast from "./fast-longs.ts";

// Helpers.js loads no TL class itself (and only big-integer besides), so this stays cheap.
const helpers = require("telegram/Helpers") as Record<string, unknown>;

/** The stock helpers, for the tests that compare the two. */
export const stock = {
  readBigIntFromBuffer: helpers.readBigIntFromBuffer as typeof fast.readBigIntFromBuffer,
  toSignedLittleBuffer: helpers.toSignedLittleBuffer as typeof fast.toSignedLittleBuffer,
  readBufferFromBigInt: helpers.readBufferFromBigInt as typeof fast.readBufferFromBigInt,
};

/** Whether GramJS's TL classes were not loaded yet, so they took the fast helpers. */
export const beforeTlClasses = !Object.keys(require.cache).some((path) => path.endsWith("/telegram/tl/api.js"));

helpers.readBigIntFromBuffer = fast.readBigIntFromBuffer;
helpers.toSignedLittleBuffer = fast.toSignedLittleBuffer;
helpers.readBufferFromBigInt = fast.readBufferFromBigInt;

