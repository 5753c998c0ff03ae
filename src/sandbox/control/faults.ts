/** POST /control/faults and POST /control/reset. */
import { RpcError } from "../mtproto/types.ts";
import { type Body, ControlError, type ControlEnv, isInt, isString } from "./env.ts";

/** Telegram's code for an error name (core.telegram.org/api/errors). */
function codeOf(name: string): number {
  if (name.startsWith("FLOOD_WAIT_")) return 420;
  if (/_MIGRATE_\d+$/.test(name)) return 303;
  if (/^(AUTH_KEY_|SESSION_|USER_DEACTIVATED)/.test(name)) return 401;
  if (/_FORBIDDEN$|^CHAT_WRITE_FORBIDDEN$/.test(name)) return 403;
  return 400;
}

function methodFault(value: unknown, field: string): { method: string; times: number; rest: Record<string, unknown> } {
  if (typeof value !== "object" || value === null) throw new ControlError(400, `${field} must be an object`);
  const rest = value as Record<string, unknown>;
  if (!isString(rest.method)) throw new ControlError(400, `${field}.method is required`);
  const times = rest.times ?? 1;
  if (!isInt(times) || times < 1) throw new ControlError(400, `${field}.times must be a positive integer`);
  return { method: rest.method, times, rest };
}

export function setFaults(env: ControlEnv, body: Body) {
  const transport = env.transportFaults;
  if (body.clear === true) {
    env.methodFaults.clear();
    if (transport) {
      transport.delayMs = 0;
      transport.zeroLeadingAuthKey = false;
    }
  }
  if (body.flood_wait !== undefined) {
    const { method, times, rest } = methodFault(body.flood_wait, "flood_wait");
    if (!isInt(rest.seconds) || rest.seconds < 0) throw new ControlError(400, "flood_wait.seconds must be an integer");
    env.methodFaults.add(method, new RpcError(420, `FLOOD_WAIT_${rest.seconds}`), times);
  }
  if (body.rpc_error !== undefined) {
    const { method, times, rest } = methodFault(body.rpc_error, "rpc_error");
    if (!isString(rest.error) || !/^[A-Z0-9_]+$/.test(rest.error)) throw new ControlError(400, "rpc_error.error must be an upper-case error name");
    const code = isInt(rest.code) ? rest.code : codeOf(rest.error);
    env.methodFaults.add(method, new RpcError(code, rest.error), times);
  }
  if (body.delay_ms !== undefined) {
    if (!isInt(body.delay_ms) || body.delay_ms < 0) throw new ControlError(400, "delay_ms must be a non-negative integer");
    if (transport) transport.delayMs = body.delay_ms;
  }
  if (body.zero_leading_auth_key === true && transport) transport.zeroLeadingAuthKey = true;
  if (body.drop_connections === true) env.world.dropConnections();
  return { delay_ms: transport?.delayMs ?? 0, zero_leading_auth_key: transport?.zeroLeadingAuthKey ?? false };
}

export function reset(env: ControlEnv) {
  env.world.reset();
  env.methodFaults.clear();
  return {};
}
