/** The built-in plugins compiled into tgrest, enabled by name with `--plugins=a,b`. */
import extraMethods from "./extra-methods.ts";
import metrics from "./metrics/index.ts";
import rateLimit from "./rate-limit/index.ts";

export const builtinPlugins = {
  "extra-methods": extraMethods,
  "rate-limit": rateLimit,
  metrics,
} as const;

export type BuiltinPluginName = keyof typeof builtinPlugins;
