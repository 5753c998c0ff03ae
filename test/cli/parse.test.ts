import { describe, expect, test } from "bun:test";
import { parseArgs, type ParseResult } from "../../src/cli/parse.ts";
import { helpText } from "../../src/cli/help.ts";
import { OPTIONS } from "../../src/cli/options.ts";

const CREDS = ["--api-id=1", "--api-hash=h"];

function config(argv: string[], env: Record<string, string> = {}) {
  const result = parseArgs(argv, env);
  if (result.command !== "serve" && result.command !== "sandbox") throw new Error(JSON.stringify(result));
  return result.config;
}

function error(argv: string[], env: Record<string, string> = {}): string {
  const result: ParseResult = parseArgs(argv, env);
  if (result.command !== "error") throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

describe("values and forms", () => {
  const cases: [string, string[], Record<string, unknown>][] = [
    ["defaults", [], { httpPort: 8081, dir: ".", tempDir: "/tmp", local: false, verbosity: 0, plugins: [] }],
    ["--flag=value", ["--http-port=9000"], { httpPort: 9000 }],
    ["--flag value", ["--http-port", "9000"], { httpPort: 9000 }],
    ["-p value", ["-p", "9000"], { httpPort: 9000 }],
    ["-pvalue", ["-p9000"], { httpPort: 9000 }],
    ["port 0 picks a free port", ["-p", "0"], { httpPort: 0 }],
    ["stat port", ["-s", "8082", "--http-stat-ip-address=127.0.0.1"], { httpStatPort: 8082, httpStatIpAddress: "127.0.0.1" }],
    ["ip address v4", ["--http-ip-address", "127.0.0.1"], { httpIpAddress: "127.0.0.1" }],
    ["ip address v6", ["--http-ip-address=::1"], { httpIpAddress: "::1" }],
    ["--local", ["--local"], { local: true, maxWebhookConnections: 100 }],
    ["webhook connections default", [], { maxWebhookConnections: 40 }],
    ["webhook connections", ["--max-webhook-connections=7"], { maxWebhookConnections: 7 }],
    ["dir and relative temp dir", ["-d", "/data", "-t", "tmp"], { dir: "/data", tempDir: "/data/tmp" }],
    ["absolute temp dir", ["-d", "/data", "--temp-dir=/scratch"], { tempDir: "/scratch" }],
    ["log relative to dir", ["--dir=/data", "-l", "log.txt"], { logFile: "/data/log.txt" }],
    ["log max size", ["--log-max-file-size=1000"], { logMaxFileSize: 1000 }],
    ["verbosity", ["-v", "3"], { verbosity: 3 }],
    ["filter", ["--filter=1/3"], { filter: { rem: 1, mod: 3 } }],
    ["proxy", ["--proxy", "http://127.0.0.1:3128"], { proxy: "http://127.0.0.1:3128" }],
    ["proxy without scheme", ["--proxy=proxy.lan:3128"], { proxy: "http://proxy.lan:3128" }],
    ["users", ["--allow-users", "--allow-users-registration"], { allowUsers: true, allowUsersRegistration: true }],
    ["plugins", ["--plugins=metrics,rate-limit", "--plugins-dir", "./p"], { plugins: ["metrics", "rate-limit"], pluginsDir: "./p" }],
    ["ignored official flags", ["-u", "nobody", "-g", "nogroup", "-c", "100000", "--cpu-affinity=3", "--main-thread-affinity=1", "--memory-verbosity=5"], { httpPort: 8081 }],
    ["-- ends options", ["--", "serve"], {}],
    ["explicit serve", ["serve", "--local"], { local: true }],
  ];
  for (const [name, argv, expected] of cases) {
    test(name, () => {
      expect(config([...CREDS, ...argv])).toMatchObject(expected);
    });
  }

  test("TMPDIR is the default temp dir", () => {
    expect(config(CREDS, { TMPDIR: "/var/tmp" }).tempDir).toBe("/var/tmp");
  });

  test("api credentials from the environment, flags win", () => {
    expect(config([], { TELEGRAM_API_ID: "12", TELEGRAM_API_HASH: "abc" })).toMatchObject({ apiId: 12, apiHash: "abc" });
    expect(config(["--api-id", "5"], { TELEGRAM_API_ID: "12", TELEGRAM_API_HASH: "abc" })).toMatchObject({ apiId: 5 });
  });

  test("config is frozen", () => {
    expect(Object.isFrozen(config(CREDS))).toBe(true);
  });
});

describe("errors are one line, in the official words", () => {
  const cases: [string[], string][] = [
    [["--bogus"], 'Option "bogus" is unrecognized'],
    [["-x"], 'Option "x" is unrecognized'],
    [["--local=1"], 'Option "local" must not have an argument'],
    [["--http-port"], 'Option "http-port" requires an argument'],
    [["-p"], 'Option "p" requires an argument'],
    [["-p", "80a"], `Can't parse "80a" as number`],
    [["-p", "+80"], `Can't parse "+80" as number`],
    [["-p", "080"], `Can't parse "080" as number`],
    [["--api-id=99999999999"], `Can't parse "99999999999" as number`],
    [["-p", "70000"], 'Wrong port specified: "70000" is not in 0..65535'],
    [["--filter=3/3"], "Wrong argument specified: ensure that remainder < modulo"],
    [["--filter=3"], `Can't parse "" as number`],
    [["--filter=-1/3"], `Can't parse "-1" as number`],
    [["--http-ip-address=localhost"], '"localhost" is not a valid IP address'],
    [["-v", "-1"], "Wrong verbosity level specified"],
    [["--memory-verbosity=-1"], "Wrong memory verbosity level specified"],
    [["--proxy=nohost"], 'Wrong proxy specified: "nohost" is not http://host:port'],
    [["--plugins=a,,b"], 'Wrong plugin list specified: "a,,b" has an empty name'],
    [["--cpu-affinity=-1"], `Can't parse "-1" as number`],
    [["extra"], 'Unexpected non-option parameter "extra"; commands are "serve" (the default) and "sandbox"'],
    [["serve", "serve"], 'Unexpected non-option parameter "serve"; commands are "serve" (the default) and "sandbox"'],
    [["--dcs=2"], 'Option "dcs" is only for the sandbox command'],
    [["--no-gateway"], 'Option "no-gateway" is only for the sandbox command'],
  ];
  for (const [argv, text] of cases) {
    test(argv.join(" "), () => expect(error([...CREDS, ...argv])).toBe(text));
  }

  const credentialCases: [string[], Record<string, string>][] = [
    [[], {}],
    [["--api-id=1"], {}],
    [["--api-hash=h"], {}],
    [["--api-id=0", "--api-hash=h"], {}],
    [["--api-id=-5", "--api-hash=h"], {}],
    [[], { TELEGRAM_API_ID: "abc", TELEGRAM_API_HASH: "h" }],
    [["--api-id=1", "--api-hash="], {}],
  ];
  for (const [argv, env] of credentialCases) {
    test(`credentials: ${argv.join(" ")} ${JSON.stringify(env)}`, () =>
      expect(error(argv, env)).toBe("You must provide valid api-id and api-hash obtained at https://my.telegram.org"));
  }

  test("the first bad option stops parsing", () => {
    expect(error(["--bogus", "-p", "x"])).toBe('Option "bogus" is unrecognized');
  });

  test("every error is a single line", () => {
    for (const [argv] of cases) expect(error([...CREDS, ...argv])).not.toContain("\n");
  });
});

describe("help and version", () => {
  test("--help and -h win over missing credentials and later errors", () => {
    expect(parseArgs(["--help"], {})).toEqual({ command: "help" });
    expect(parseArgs(["-h", "--bogus"], {})).toEqual({ command: "help" });
    expect(parseArgs(["-hp1"], {})).toEqual({ command: "help" });
    expect(parseArgs(["--version"], {})).toEqual({ command: "version" });
  });

  test("an error before --help is still an error, as the official", () => {
    expect(parseArgs(["--bogus", "--help"], {}).command).toBe("error");
  });

  test("help lists every flag, marks the ones without effect", () => {
    const text = helpText();
    for (const option of OPTIONS) {
      expect(text).toContain(`--${option.long}`);
      if (option.short) expect(text).toContain(`-${option.short}, --${option.long}`);
    }
    const ignored = text.split("\n").filter((line) => line.includes("no effect in tgrest"));
    expect(ignored.map((line) => line.trim().split(/\s+/).find((w) => w.startsWith("--"))!.split("=")[0])).toEqual([
      "--memory-verbosity",
      "--username",
      "--groupname",
      "--max-connections",
      "--cpu-affinity",
      "--main-thread-affinity",
    ]);
  });
});

describe("subcommands", () => {
  test("serve with --sandbox-control needs no credentials", () => {
    expect(config(["--sandbox-control", "http://127.0.0.1:8082/"])).toMatchObject({
      sandboxControl: "http://127.0.0.1:8082",
      apiId: undefined,
    });
  });

  test("--sandbox-control wants an http URL", () => {
    expect(error(["--sandbox-control=ftp://x"])).toBe('Wrong URL specified: "ftp://x" is not an http:// or https:// URL');
  });

  test("sandbox defaults", () => {
    const result = parseArgs(["sandbox"], {});
    expect(result).toMatchObject({
      command: "sandbox",
      sandbox: { httpPort: 8081, controlPort: 8082, mtprotoPort: 9440, dcs: 2, dir: ".", noGateway: false },
    });
  });

  test("sandbox flags", () => {
    const argv = ["sandbox", "--http-port", "0", "--control-port=0", "--mtproto-port", "0", "--dcs", "3", "--dir", "/w", "--no-gateway"];
    expect(parseArgs(argv, {})).toMatchObject({
      command: "sandbox",
      sandbox: { httpPort: 0, controlPort: 0, mtprotoPort: 0, dcs: 3, dir: "/w", noGateway: true, config: { dir: "/w" } },
    });
  });

  test("sandbox refuses serve-only flags and bad DC counts", () => {
    expect(error(["sandbox", "--sandbox-control=http://x"])).toBe('Option "sandbox-control" is only for the serve command');
    expect(error(["sandbox", "--dcs=0"])).toBe('Wrong number of DCs specified: "0" is not in 1..5');
  });
});
