/** Every text the command line prints on a bad invocation, in one place (official wording where one exists). */
export const cliErrors = {
  unknownOption: (name: string) => `Option "${name}" is unrecognized`,
  noArgument: (name: string) => `Option "${name}" must not have an argument`,
  needsArgument: (name: string) => `Option "${name}" requires an argument`,
  notANumber: (value: string) => `Can't parse "${value}" as number`,
  badFilter: "Wrong argument specified: ensure that remainder < modulo",
  badIp: (value: string) => `"${value}" is not a valid IP address`,
  badPort: (value: string) => `Wrong port specified: "${value}" is not in 0..65535`,
  badProxy: (value: string) => `Wrong proxy specified: "${value}" is not http://host:port`,
  badUrl: (value: string) => `Wrong URL specified: "${value}" is not an http:// or https:// URL`,
  badDcs: (value: string) => `Wrong number of DCs specified: "${value}" is not in 1..5`,
  badPluginName: (value: string) => `Wrong plugin list specified: "${value}" has an empty name`,
  needApiCredentials: "You must provide valid api-id and api-hash obtained at https://my.telegram.org",
  badVerbosity: "Wrong verbosity level specified",
  badMemoryVerbosity: "Wrong memory verbosity level specified",
  unexpectedArgument: (value: string) =>
    `Unexpected non-option parameter "${value}"; commands are "serve" (the default) and "sandbox"`,
  onlyFor: (name: string, command: string) => `Option "${name}" is only for the ${command} command`,
  cannotListen: (what: string, host: string, port: number, reason: string) =>
    `Can't listen for ${what} on ${host}:${port}: ${reason}`,
  cannotOpenStore: (dir: string, reason: string) => `Can't open the data in "${dir}": ${reason}`,
  cannotReachSandbox: (url: string, reason: string) => `Can't read the sandbox's configuration from ${url}: ${reason}`,
  sandboxMissing: "The sandbox is not part of this build (src/sandbox/cli.ts is missing)",
  dirNotWritable: (dir: string) =>
    `Can't create files in the directory "${dir}". Use --dir option to specify a writable working directory`,
  tempDirNotWritable: (dir: string) =>
    `Can't create files in the directory "${dir}". Use --temp-dir option to specify another directory for temporary files`,
} as const;
