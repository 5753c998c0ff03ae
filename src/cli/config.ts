/** The frozen configuration every part of the gateway reads; built by src/cli/parse.ts. */
export interface Config {
  readonly apiId?: number;
  readonly apiHash?: string;
  readonly local: boolean;
  readonly httpPort: number;
  readonly httpIpAddress?: string;
  readonly httpStatPort?: number;
  readonly httpStatIpAddress?: string;
  /** Working directory: per-account data lives in `<dir>/<account id>/`. */
  readonly dir: string;
  /** Where multipart uploads are streamed. */
  readonly tempDir: string;
  /** `--filter=REM/MOD`: serve only bots whose id % MOD == REM. */
  readonly filter?: { readonly rem: number; readonly mod: number };
  readonly maxWebhookConnections?: number;
  readonly logFile?: string;
  /** `--log-max-file-size`: the log file is rotated to `<logFile>.old` beyond this many bytes. */
  readonly logMaxFileSize?: number;
  readonly verbosity: number;
  readonly proxy?: string;
  readonly allowUsers: boolean;
  readonly allowUsersRegistration: boolean;
  /** Built-in plugins to enable, by name. */
  readonly plugins: readonly string[];
  readonly pluginsDir?: string;
  /** `serve --sandbox-control URL`: talk to a sandbox instead of Telegram. */
  readonly sandboxControl?: string;
}

/** Upload and download limits of the mode, as the official server. */
export function limitsOf(config: Pick<Config, "local">) {
  return config.local
    ? { uploadBytes: 2000 * 1024 * 1024, downloadBytes: Infinity }
    : { uploadBytes: 50 * 1024 * 1024, downloadBytes: 20 * 1024 * 1024 };
}
