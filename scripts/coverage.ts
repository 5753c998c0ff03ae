/**
 * `bun run coverage`: how many Bot API methods have a handler, from the same
 * registration the server uses. A method without one answers 501, so it never counts;
 * plugin methods are not Bot API methods and do not count either.
 */
import { registerHandlers } from "../src/methods/index.ts";
import { createMethodTable } from "../src/methods/table.ts";

const table = createMethodTable();
registerHandlers(table);
const spec = table.all().filter((entry) => entry.source === "spec");
const missing = spec.filter((entry) => !entry.handler).map((entry) => entry.name);
console.log(`implemented ${spec.length - missing.length}/${spec.length}`);
if (missing.length > 0) console.log(`missing: ${missing.join(", ")}`);
