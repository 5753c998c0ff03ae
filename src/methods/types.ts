/** Shared shapes of the method layer: what a handler receives and how it says no. */
import type { Config } from "../cli/config.ts";
import type { Account } from "../telegram/account.ts";
import type { UpdatesService } from "../updates/service.ts";

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
  /** Aborted when the HTTP client goes away (a long poll stops waiting for it). */
  readonly signal?: AbortSignal;
  /** The account the token opens, logged in on first use (401 for a refused token). */
  account(): Promise<Account>;
  /** The gateway's update queue, getUpdates and webhooks. */
  updates(): UpdatesService;
}

/** A result the official answers with a `description` beside it (e.g. "Webhook was set"). */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

/** Parsed parameters, keyed by the spec's snake_case names. */
export type Params = Record<string, unknown>;

export type Handler = (ctx: CallContext, params: Params) => Promise<unknown> | unknown;

/** A parameter, in the same shape as the fields of api.json. */
export interface ParamSpec {
  name: string;
  /** Bot API type names, e.g. ["Integer", "String"], ["Array of String"], ["InputFile", "String"]. */
  types: string[];
  required: boolean;
  description: string;
}

/** One row of the method table: a spec method or one a plugin added. */
export interface MethodEntry {
  /** Canonical spelling, e.g. "sendMessage"; lookups are case-insensitive. */
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  /** Bot API result type names, e.g. ["Message"], ["Array of Update"]. */
  readonly returns: readonly string[];
  readonly href?: string;
  /** Not served at /user<token>/. */
  readonly botOnly: boolean;
  readonly source: "spec" | "plugin";
  /** Absent: the method answers 501 "Not Implemented: <name> is not implemented yet". */
  handler?: Handler;
}

/** The single source of truth for what methods exist (src/methods/table.ts builds it). */
export interface MethodTable {
  get(name: string): MethodEntry | undefined;
  all(): readonly MethodEntry[];
  /** Adds a plugin method; a name that exists already is an error. */
  add(entry: Omit<MethodEntry, "source">): void;
  /** Attaches a handler to a spec method. */
  implement(name: string, handler: Handler): void;
}
