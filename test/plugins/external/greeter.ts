/**
 * A user's plugin, as it would sit beside the compiled binary in --plugins-dir: a
 * relative import of its own helper (in a sub-folder: every file directly in the folder
 * is loaded as a plugin), and only a type-only import from tgrest (erased
 * when the binary loads the file). Used by external-binary.test.ts.
 */
import type { CallContext, Params, Plugin } from "tgrest";
import { greeting, isBlocked } from "./lib/greeter-helper.ts";

let checked = 0;

export default (): Plugin => ({
  name: "greeter",
  version: "0.0.1",
  setup(api) {
    api.method("greet", {
      description: "Greets someone by name.",
      params: [{ name: "name", types: ["String"], required: true, description: "Who to greet" }],
      returns: ["String"],
      handler: (_ctx: CallContext, params: Params) => greeting(String(params.name)),
    });
    api.method("getCheckedCalls", {
      description: "How many calls the greeter's beforeCall hook has let through.",
      returns: ["Integer"],
      handler: () => checked,
    });
    api.on("beforeCall", (ctx, params) => {
      if (ctx.method.toLowerCase() === "greet" && isBlocked(String(params.name))) {
        throw api.error(403, `Forbidden: ${String(params.name)} may not be greeted`);
      }
      checked += 1;
    });
  },
});
