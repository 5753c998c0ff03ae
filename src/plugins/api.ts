/**
 * The public plugin API. A plugin imports only these *types*; everything it calls
 * reaches it through `api`, so a plugin file works when the compiled binary loads it.
 */
import type { Config } from "../cli/config.ts";
import type { BotApiError, CallContext, Handler, ParamSpec, Params } from "../methods/types.ts";

export type { Config } from "../cli/config.ts";
export type { CallContext, Handler, ParamSpec, Params, RawParams, UploadedFile } from "../methods/types.ts";
export type { AccountKind, BotApiError, ResponseParameters } from "../methods/types.ts";


/** A method a plugin adds; it is listed in /docs and the method table like a spec method. */
export interface MethodSpec {
  description?: string;
  params?: ParamSpec[];
  /** Names of the Bot API result type, for the docs (e.g. ["Boolean"]). */
  returns?: string[];
  /** Only for bots (not served at /user<token>/). */
  botOnly?: boolean;
  handler: Handler;
}

export interface HookMap {
  onStart: () => void | Promise<void>;
  onStop: () => void | Promise<void>;
  /** Sees every HTTP request first; returning a Response answers it (e.g. a rate limit). */
  onRequest: (request: Request) => Response | void | Promise<Response | void>;
  /** Runs after parameter checks, before the handler; throw a BotApiError to refuse. */
  beforeCall: (ctx: CallContext, params: Params) => void | Promise<void>;
  /** Sees each successful result. */
  afterCall: (ctx: CallContext, params: Params, result: unknown) => void | Promise<void>;
  /** Sees each error answer (after it was decided, before it is sent). */
  onError: (ctx: CallContext, error: BotApiError) => void | Promise<void>;
  /** Sees each update as it is queued for an account. */
  onUpdate: (accountId: number, update: Record<string, unknown>) => void | Promise<void>;
}

export type HookName = keyof HookMap;

/** A loaded plugin, as other plugins see it. */
export interface PluginInfo {
  readonly name: string;
  readonly version: string;
}

/** A row of the method table, as plugins see it. */
export interface MethodInfo {
  readonly name: string;
  readonly source: "spec" | "plugin";
  readonly botOnly: boolean;
  readonly implemented: boolean;
}

export interface PluginApi {
  readonly config: Config;
  /** The tgrest version serving this plugin. */
  readonly version: string;
  /** Plugins whose setup has finished (all of them once onStart runs). */
  plugins(): readonly PluginInfo[];
  /** Every method of the table, spec and plugin ones, at the time of the call. */
  methods(): readonly MethodInfo[];
  method(name: string, spec: MethodSpec): void;
  route(method: "GET" | "POST", path: string, handler: (request: Request) => Response | Promise<Response>): void;
  on<K extends HookName>(hook: K, fn: HookMap[K]): void;
  /** Builds a Bot API error answer: throw it from a handler or a hook. */
  error(code: number, description: string, parameters?: { retry_after?: number; migrate_to_chat_id?: number }): BotApiError;
  log(message: string): void;
}

export interface Plugin {
  name: string;
  version: string;
  dependencies?: string[];
  setup(api: PluginApi): void | Promise<void>;
}
