/**
 * Built-in plugin "extra-methods": methods about the server itself, which need no
 * Telegram account. Written only against the public plugin API, as a user's plugin.
 */
import type { Plugin, PluginApi } from "../src/plugins/api.ts";

export interface ExtraMethodsOptions {
  /** List the loaded plugins in getServerInfo (default true). */
  showPlugins?: boolean;
}

/** The result of getServerInfo. */
export interface ServerInfo {
  name: "tgrest";
  version: string;
  /** Unix time the server started. */
  start_date: number;
  uptime: number;
  local_mode: boolean;
  methods: { total: number; implemented: number; from_plugins: number };
  plugins?: { name: string; version: string }[];
}

const unixNow = () => Math.floor(Date.now() / 1000);

export function serverInfo(api: PluginApi, startDate: number, showPlugins: boolean): ServerInfo {
  const methods = api.methods();
  return {
    name: "tgrest",
    version: api.version,
    start_date: startDate,
    uptime: unixNow() - startDate,
    local_mode: api.config.local,
    methods: {
      total: methods.length,
      implemented: methods.filter((m) => m.implemented).length,
      from_plugins: methods.filter((m) => m.source === "plugin").length,
    },
    ...(showPlugins ? { plugins: api.plugins().map(({ name, version }) => ({ name, version })) } : {}),
  };
}

export default function extraMethods(options: ExtraMethodsOptions = {}): Plugin {
  const showPlugins = options.showPlugins ?? true;
  return {
    name: "extra-methods",
    version: "1.0.0",
    setup(api) {
      const startDate = unixNow();
      api.method("getServerInfo", {
        description:
          "tgrest extension. Returns the server's name, version, start date, uptime in seconds, whether it runs in --local mode, how many methods it serves and implements, and the loaded plugins. Requires no parameters.",
        returns: ["ServerInfo"],
        handler: () => serverInfo(api, startDate, showPlugins),
      });
      api.method("ping", {
        description:
          "tgrest extension. A cheap health check that reaches no Telegram server: returns the server's current Unix time, so a client can also measure clock skew and round-trip time. Requires no parameters.",
        returns: ["Integer"],
        handler: () => unixNow(),
      });
    },
  };
}
