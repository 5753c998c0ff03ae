/**
 * Command line → Config, the way the official server's option parser reads it:
 * `--flag=value`, `--flag value`, `-fvalue`, `-f value`, bundled short flags, `--` ends
 * options; the first bad option stops parsing; --help and --version win over errors
 * that come after them. Pure: the caller passes argv and the environment.
 */
import { isAbsolute, join } from "node:path";
import type { Config } from "./config.ts";
import { cliErrors } from "./messages.ts";
import {
  DEFAULT_HTTP_PORT,
  DEFAULT_LOG_MAX_FILE_SIZE,
  OPTIONS,
  SANDBOX_DEFAULTS,
  type Command,
  type Draft,
  type OptionDef,
} from "./options.ts";
import type { SandboxOptions } from "./sandbox-options.ts";
import { leadingInteger } from "./values.ts";

export type ParseResult =
  | { command: "serve"; config: Config }
  | { command: "sandbox"; config: Config; sandbox: SandboxOptions }
  | { command: "help" }
  | { command: "version" }
  | { command: "error"; error: string };

export type Env = Readonly<Record<string, string | undefined>>;

const COMMANDS: readonly Command[] = ["serve", "sandbox"];
const byLong = new Map(OPTIONS.map((o) => [o.long, o]));
const byShort = new Map(OPTIONS.filter((o) => o.short).map((o) => [o.short!, o]));

function newDraft(env: Env): Draft {
  return {
    help: false,
    version: false,
    apiId: env.TELEGRAM_API_ID === undefined ? undefined : leadingInteger(env.TELEGRAM_API_ID),
    apiHash: env.TELEGRAM_API_HASH,
    local: false,
    verbosity: 0,
    memoryVerbosity: 3,
    logMaxFileSize: DEFAULT_LOG_MAX_FILE_SIZE,
    allowUsers: false,
    allowUsersRegistration: false,
    plugins: [],
    noGateway: false,
  };
}

/** Reads every option into the draft; returns the positional arguments or the first error. */
function readOptions(argv: readonly string[], draft: Draft, seen: OptionDef[]): string[] | { error: string } {
  const positional: string[] = [];
  const use = (option: OptionDef, value: string) => {
    seen.push(option);
    return option.set(draft, value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const option = byLong.get(name);
      if (!option) return { error: cliErrors.unknownOption(name) };
      if (!option.arg) {
        if (eq >= 0) return { error: cliErrors.noArgument(name) };
        use(option, "");
        continue;
      }
      let value = arg.slice(eq + 1);
      if (eq < 0) {
        if (++i === argv.length) return { error: cliErrors.needsArgument(name) };
        value = argv[i]!;
      }
      const error = use(option, value);
      if (error) return { error };
      continue;
    }
    // One or more short flags; one that takes a value eats the rest of the word or the next word.
    for (let j = 1; j < arg.length; j++) {
      const key = arg[j]!;
      const option = byShort.get(key);
      if (!option) return { error: cliErrors.unknownOption(key) };
      let value = "";
      if (option.arg) {
        if (j + 1 < arg.length) value = arg.slice(j + 1);
        else if (++i === argv.length) return { error: cliErrors.needsArgument(key) };
        else value = argv[i]!;
        j = arg.length;
      }
      const error = use(option, value);
      if (error) return { error };
    }
  }
  return positional;
}

/** Checks that need every option read first (the official runs these after parsing). */
function check(command: Command, draft: Draft, seen: readonly OptionDef[]): string | undefined {
  for (const option of seen) {
    if (option.only && option.only !== command) return cliErrors.onlyFor(option.long, option.only);
  }
  const needsCredentials = command === "serve" && draft.sandboxControl === undefined;
  if (needsCredentials && (!draft.apiId || draft.apiId <= 0 || !draft.apiHash)) return cliErrors.needApiCredentials;
  if (draft.verbosity < 0) return cliErrors.badVerbosity;
  if (draft.memoryVerbosity < 0) return cliErrors.badMemoryVerbosity;
  return undefined;
}

function toConfig(draft: Draft, env: Env): Config {
  const dir = draft.dir ?? ".";
  const underDir = (path: string) => (isAbsolute(path) ? path : join(dir, path));
  return Object.freeze({
    apiId: draft.apiId && draft.apiId > 0 ? draft.apiId : undefined,
    apiHash: draft.apiHash || undefined,
    local: draft.local,
    httpPort: draft.httpPort ?? DEFAULT_HTTP_PORT,
    httpIpAddress: draft.httpIpAddress,
    httpStatPort: draft.httpStatPort || undefined,
    httpStatIpAddress: draft.httpStatIpAddress,
    dir,
    tempDir: draft.tempDir ? underDir(draft.tempDir) : env.TMPDIR || "/tmp",
    filter: draft.filter && Object.freeze(draft.filter),
    maxWebhookConnections:
      draft.maxWebhookConnections && draft.maxWebhookConnections > 0
        ? draft.maxWebhookConnections
        : draft.local
          ? 100
          : 40,
    logFile: draft.logFile ? underDir(draft.logFile) : undefined,
    logMaxFileSize: draft.logMaxFileSize,
    verbosity: draft.verbosity,
    proxy: draft.proxy,
    allowUsers: draft.allowUsers,
    allowUsersRegistration: draft.allowUsersRegistration,
    plugins: Object.freeze([...draft.plugins]),
    pluginsDir: draft.pluginsDir,
    sandboxControl: draft.sandboxControl,
  });
}

/** `argv` without the executable and script: e.g. `["serve", "--api-id=1", "--api-hash", "x"]`. */
export function parseArgs(argv: readonly string[], env: Env): ParseResult {
  const draft = newDraft(env);
  const seen: OptionDef[] = [];
  const read = readOptions(argv, draft, seen);
  if (draft.help) return { command: "help" };
  if (draft.version) return { command: "version" };
  if (!Array.isArray(read)) return { command: "error", error: read.error };

  const [first, ...rest] = read;
  const command = COMMANDS.find((c) => c === first);
  const extra = command ? rest : read;
  if (extra.length > 0) return { command: "error", error: cliErrors.unexpectedArgument(extra[0]!) };

  const error = check(command ?? "serve", draft, seen);
  if (error) return { command: "error", error };
  const config = toConfig(draft, env);
  if (command !== "sandbox") return { command: "serve", config };
  const sandbox: SandboxOptions = Object.freeze({
    httpPort: config.httpPort,
    controlPort: draft.controlPort ?? SANDBOX_DEFAULTS.controlPort,
    mtprotoPort: draft.mtprotoPort ?? SANDBOX_DEFAULTS.mtprotoPort,
    dcs: draft.dcs ?? SANDBOX_DEFAULTS.dcs,
    dir: config.dir,
    noGateway: draft.noGateway,
    config,
  });
  return { command: "sandbox", config, sandbox };
}
