/** What the control API's handlers work on, and its request/answer helpers. */
import type { FaultState, RpcDispatcher } from "../mtproto/types.ts";
import type { MethodFaults } from "../rpc/faults.ts";
import { parseBotApiChatId } from "../world/ids.ts";
import type { Target } from "../world/messages.ts";
import type { Account } from "../world/types.ts";
import type { World } from "../world/world.ts";

export interface SandboxConfig {
  dcs: Array<{ id: number; host: string; port: number }>;
  rsa_public_key: string;
}

export interface ControlEnv {
  world: World;
  dispatch: RpcDispatcher;
  config: () => SandboxConfig;
  /** The MTProto server's transport faults (absent when no server runs). */
  transportFaults?: FaultState;
  methodFaults: MethodFaults;
}

/** A 4xx answer `{"error": message}`. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const CONTROL_ERRORS = {
  notFound: "not found",
  badJson: "body must be a JSON object",
  noAccount: (field: string, id: unknown) => `${field}: no account ${String(id)}`,
  noChat: (id: unknown) => `chat_id: no chat ${String(id)}`,
  selfChat: "chat_id must differ from the acting account",
  required: (field: string) => `${field} is required`,
  mustBe: (field: string, what: string) => `${field} must be ${what}`,
} as const;

export type Body = Record<string, unknown>;

export function requireField<T>(body: Body, field: string, check: (v: unknown) => v is T, what: string): T {
  const value = body[field];
  if (value === undefined || value === null) throw new ControlError(400, CONTROL_ERRORS.required(field));
  if (!check(value)) throw new ControlError(400, CONTROL_ERRORS.mustBe(field, what));
  return value;
}

export function optionalField<T>(body: Body, field: string, check: (v: unknown) => v is T, what: string): T | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new ControlError(400, CONTROL_ERRORS.mustBe(field, what));
  return value;
}

export const isString = (v: unknown): v is string => typeof v === "string";
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
export const isBool = (v: unknown): v is boolean => typeof v === "boolean";
export const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);

export function accountOf(env: ControlEnv, field: string, id: unknown): Account {
  const account = isInt(id) ? env.world.account(id) : undefined;
  if (!account) throw new ControlError(404, CONTROL_ERRORS.noAccount(field, id));
  return account;
}

/** A Bot API chat_id as `as` addresses it (a user's id: the private chat with them). */
export function targetOf(env: ControlEnv, as: Account, chatId: unknown): Target {
  if (!isInt(chatId) || chatId === 0) throw new ControlError(400, CONTROL_ERRORS.mustBe("chat_id", "a chat id"));
  if (chatId === as.id) throw new ControlError(400, CONTROL_ERRORS.selfChat);
  const ref = parseBotApiChatId(chatId);
  if (ref.kind === "user") return { kind: "user", account: accountOf(env, "chat_id", chatId) };
  const chat = env.world.chat(ref.id);
  if (!chat || (chat.kind === "group") !== (ref.kind === "group")) throw new ControlError(404, CONTROL_ERRORS.noChat(chatId));
  return { kind: "chat", chat };
}
