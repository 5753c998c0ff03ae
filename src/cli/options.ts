/**
 * The flag table: the official telegram-bot-api server's options (same names, short forms,
 * defaults and meanings), then tgrest's own. The parser and the --help text both read it.
 */
import type { Parsed } from "./values.ts";
import {
  parseFilter,
  parseHttpUrl,
  parseIp,
  parseList,
  parseNumber,
  parsePort,
  parseProxy,
  parseInteger,
} from "./values.ts";
import { cliErrors } from "./messages.ts";

export type Command = "serve" | "sandbox";

/** Everything the flags can set, before defaults and checks turn it into a Config. */
export interface Draft {
  help: boolean;
  version: boolean;
  apiId?: number;
  apiHash?: string;
  local: boolean;
  httpPort?: number;
  httpStatPort?: number;
  httpIpAddress?: string;
  httpStatIpAddress?: string;
  dir?: string;
  tempDir?: string;
  filter?: { rem: number; mod: number };
  maxWebhookConnections?: number;
  logFile?: string;
  verbosity: number;
  memoryVerbosity: number;
  logMaxFileSize: number;
  proxy?: string;
  allowUsers: boolean;
  allowUsersRegistration: boolean;
  plugins: string[];
  pluginsDir?: string;
  sandboxControl?: string;
  controlPort?: number;
  mtprotoPort?: number;
  dcs?: number;
  noGateway: boolean;
}

export interface OptionDef {
  short?: string;
  long: string;
  /** Takes a value (`--x=v`, `--x v`, `-xv`, `-x v`). */
  arg: boolean;
  help: string;
  /** Accepted only by this command. */
  only?: Command;
  /** Official flag that has no effect in tgrest (listed so scripts written for the official keep working). */
  ignored?: boolean;
  /** Stores the value; returns an error text when it is unusable. */
  set(draft: Draft, value: string): string | undefined;
}

/** Runs a value parser and stores the result with `assign`. */
function store<T>(parse: (text: string) => Parsed<T>, assign: (draft: Draft, value: T) => void) {
  return (draft: Draft, text: string): string | undefined => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed.error;
    assign(draft, parsed.value);
    return undefined;
  };
}

const accept = (parse: (text: string) => Parsed<unknown>) => store(parse, () => {});
const flag = (assign: (draft: Draft) => void) => (draft: Draft) => void assign(draft);
const text = (assign: (draft: Draft, value: string) => void) => store((t) => ({ ok: true, value: t }), assign);

export const DEFAULT_HTTP_PORT = 8081;
export const DEFAULT_LOG_MAX_FILE_SIZE = 2_000_000_000;
export const SANDBOX_DEFAULTS = { controlPort: 8082, mtprotoPort: 9440, dcs: 2 } as const;

export const OPTIONS: readonly OptionDef[] = [
  { short: "h", long: "help", arg: false, help: "display this help text and exit", set: flag((d) => (d.help = true)) },
  { long: "version", arg: false, help: "display version number and exit", set: flag((d) => (d.version = true)) },
  {
    long: "local",
    arg: false,
    help: "allow the Bot API server to serve local requests",
    set: flag((d) => (d.local = true)),
  },
  {
    long: "api-id",
    arg: true,
    help: "application identifier for Telegram API access, which can be obtained at https://my.telegram.org (defaults to the value of the TELEGRAM_API_ID environment variable)",
    set: store(parseNumber, (d, v) => (d.apiId = v)),
  },
  {
    long: "api-hash",
    arg: true,
    help: "application identifier hash for Telegram API access, which can be obtained at https://my.telegram.org (defaults to the value of the TELEGRAM_API_HASH environment variable)",
    set: text((d, v) => (d.apiHash = v)),
  },
  {
    short: "p",
    long: "http-port",
    arg: true,
    help: `HTTP listening port (default is ${DEFAULT_HTTP_PORT}; 0 picks a free port)`,
    set: store(parsePort, (d, v) => (d.httpPort = v)),
  },
  {
    short: "s",
    long: "http-stat-port",
    arg: true,
    help: "HTTP statistics port (plain-text page: uptime, request and error counts, memory)",
    set: store(parsePort, (d, v) => (d.httpStatPort = v)),
  },
  {
    short: "d",
    long: "dir",
    arg: true,
    help: "server working directory; each account's data is in <dir>/<account id>/ (default is the current directory)",
    set: text((d, v) => (d.dir = v)),
  },
  {
    short: "t",
    long: "temp-dir",
    arg: true,
    help: "directory for storing HTTP server temporary files (relative to --dir; default is the system's)",
    set: text((d, v) => (d.tempDir = v)),
  },
  {
    long: "filter",
    arg: true,
    help: "\"<remainder>/<modulo>\". Allow only bots with 'bot_user_id % modulo == remainder'",
    set: store(parseFilter, (d, v) => (d.filter = v)),
  },
  {
    long: "max-webhook-connections",
    arg: true,
    help: "default value of the maximum webhook connections per bot",
    set: store(parseNumber, (d, v) => (d.maxWebhookConnections = v)),
  },
  {
    long: "http-ip-address",
    arg: true,
    help: "local IP address, HTTP connections to which will be accepted. By default, connections to any local IPv4 address are accepted",
    set: store(parseIp, (d, v) => (d.httpIpAddress = v)),
  },
  {
    long: "http-stat-ip-address",
    arg: true,
    help: "local IP address, HTTP statistics connections to which will be accepted. By default, statistics connections to any local IPv4 address are accepted",
    set: store(parseIp, (d, v) => (d.httpStatIpAddress = v)),
  },
  {
    short: "l",
    long: "log",
    arg: true,
    help: "path to the file where the log will be written (relative to --dir)",
    set: text((d, v) => (d.logFile = v)),
  },
  {
    short: "v",
    long: "verbosity",
    arg: true,
    help: "log verbosity level",
    set: store(parseNumber, (d, v) => (d.verbosity = v)),
  },
  {
    long: "memory-verbosity",
    arg: true,
    help: "memory log verbosity level; defaults to 3",
    ignored: true,
    set: store(parseNumber, (d, v) => (d.memoryVerbosity = v)),
  },
  {
    long: "log-max-file-size",
    arg: true,
    help: `maximum size of the log file in bytes before it will be auto-rotated (default is ${DEFAULT_LOG_MAX_FILE_SIZE})`,
    set: store((t) => parseNumber(t, "int64"), (d, v) => (d.logMaxFileSize = v)),
  },
  { short: "u", long: "username", arg: true, help: "effective user name to switch to", ignored: true, set: text(() => {}) },
  { short: "g", long: "groupname", arg: true, help: "effective group name to switch to", ignored: true, set: text(() => {}) },
  {
    short: "c",
    long: "max-connections",
    arg: true,
    help: "maximum number of open file descriptors",
    ignored: true,
    set: accept((t) => parseInteger(t, "uint64")),
  },
  {
    long: "cpu-affinity",
    arg: true,
    help: "CPU affinity as 64-bit mask (defaults to all available CPUs)",
    ignored: true,
    set: accept((t) => parseInteger(t, "uint64")),
  },
  {
    long: "main-thread-affinity",
    arg: true,
    help: "CPU affinity of the main thread as 64-bit mask (defaults to the value of the option --cpu-affinity)",
    ignored: true,
    set: accept((t) => parseInteger(t, "uint64")),
  },
  {
    long: "proxy",
    arg: true,
    help: "HTTP proxy server for outgoing webhook requests in the format http://host:port",
    set: store(parseProxy, (d, v) => (d.proxy = v)),
  },
  {
    long: "allow-users",
    arg: false,
    help: "serve user accounts at /user<token>/ (tokens from /userLogin); not implemented yet",
    set: flag((d) => (d.allowUsers = true)),
  },
  {
    long: "allow-users-registration",
    arg: false,
    help: "let /userLogin sign up phone numbers that have no Telegram account yet; not implemented yet",
    set: flag((d) => (d.allowUsersRegistration = true)),
  },
  {
    long: "plugins",
    arg: true,
    help: "built-in plugins to enable, comma-separated (e.g. --plugins=extra-methods,metrics)",
    set: store(parseList, (d, v) => (d.plugins = v)),
  },
  {
    long: "plugins-dir",
    arg: true,
    help: "directory whose .ts and .js files are loaded as plugins at start",
    set: text((d, v) => (d.pluginsDir = v)),
  },
  {
    long: "sandbox-control",
    arg: true,
    help: "talk to a running sandbox instead of Telegram: its control URL, e.g. http://127.0.0.1:8082 (no api-id needed)",
    only: "serve",
    set: store(parseHttpUrl, (d, v) => (d.sandboxControl = v)),
  },
  {
    long: "control-port",
    arg: true,
    help: `sandbox control API port (default is ${SANDBOX_DEFAULTS.controlPort})`,
    only: "sandbox",
    set: store(parsePort, (d, v) => (d.controlPort = v)),
  },
  {
    long: "mtproto-port",
    arg: true,
    help: `sandbox MTProto port of DC 1; DC n listens on this + n - 1; 0 picks free ports (default is ${SANDBOX_DEFAULTS.mtprotoPort})`,
    only: "sandbox",
    set: store(parsePort, (d, v) => (d.mtprotoPort = v)),
  },
  {
    long: "dcs",
    arg: true,
    help: `number of sandbox data centers, 1..5 (default is ${SANDBOX_DEFAULTS.dcs})`,
    only: "sandbox",
    set: store(
      (t) => {
        const n = parseNumber(t);
        return n.ok && (n.value < 1 || n.value > 5) ? { ok: false, error: cliErrors.badDcs(t) } : n;
      },
      (d, v) => (d.dcs = v),
    ),
  },
  {
    long: "no-gateway",
    arg: false,
    help: "run only the sandbox and its control API, no gateway",
    only: "sandbox",
    set: flag((d) => (d.noGateway = true)),
  },
];
