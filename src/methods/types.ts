/** Shared shapes of the method layer: what a handler receives and how it says no. */
import type { Config } from "../cli/config.ts";

/** The Bot API's optional error parameters (retry_after, migrate_to_chat_id). */
export interface ResponseParameters {
  migrate_to_chat_id?: number;
  retry_after?: number;
}

/** "The API said no": becomes `{"ok":false,"error_code","description","parameters"}`. */
export class BotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = "BotApiError";
  }
}

/** A file part of a multipart request, already streamed to the temp dir. */
export interface UploadedFile {
  readonly kind: "file";
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  readonly mimeType?: string;
}

/** One request's raw parameters: strings (JSON values kept as JSON text) or files. */
export type RawParams = Map<string, string | UploadedFile>;

export type AccountKind = "bot" | "user";

/** Everything a handler may use for one call. Grows as issues add services. */
export interface CallContext {
  readonly method: string;
  readonly kind: AccountKind;
  readonly token: string;
  /** Telegram's test environment (`/bot<token>/test/<method>`). */
  readonly testEnv: boolean;
  readonly config: Config;
  readonly raw: RawParams;
}

/** Parsed parameters, keyed by the spec's snake_case names. */
export type Params = Record<string, unknown>;

export type Handler = (ctx: CallContext, params: Params) => Promise<unknown> | unknown;
