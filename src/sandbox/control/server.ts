/** The control API: Bun.serve on loopback, JSON in and out, routes of design.md. */
import { RpcError } from "../mtproto/types.ts";
import { WorldError } from "../world/world.ts";
import { createBot, createUser, lastCode, revokeToken } from "./accounts.ts";
import { act } from "./act.ts";
import { viewBotSettings } from "./bot-settings.ts";
import { viewTopics } from "./forum-topics.ts";
import { createWebAppQuery, getPreparedMessage, getWebAppQuery } from "./web-apps.ts";
import { listChatActions } from "./chat-actions.ts";
import { createChat, listMessages, viewChat } from "./chats.ts";
import { type Body, CONTROL_ERRORS, ControlError, type ControlEnv } from "./env.ts";
import { reset, setFaults } from "./faults.ts";
import { postMessage } from "./messages.ts";
import { createStickerSetRoute } from "./sticker-sets.ts";
import { createCallbackQuery, createInlineQuery, getCallbackQuery, getInlineQuery } from "./queries.ts";

type Route = {
  method: "GET" | "POST";
  path: RegExp;
  run: (env: ControlEnv, args: { params: string[]; body: Body; url: URL }) => unknown;
};

const ROUTES: Route[] = [
  { method: "GET", path: /^\/control\/config$/, run: (env) => env.config() },
  { method: "POST", path: /^\/control\/bots$/, run: (env, { body }) => createBot(env, body) },
  { method: "POST", path: /^\/control\/bots\/(\d+)\/token$/, run: (env, { params }) => revokeToken(env, params[0]!) },
  { method: "POST", path: /^\/control\/users$/, run: (env, { body }) => createUser(env, body) },
  { method: "GET", path: /^\/control\/bots\/(\d+)\/settings$/, run: (env, { params }) => viewBotSettings(env, params[0]!) },
  { method: "GET", path: /^\/control\/codes\/([^/]+)$/, run: (env, { params }) => lastCode(env, params[0]!) },
  { method: "POST", path: /^\/control\/chats$/, run: (env, { body }) => createChat(env, body) },
  { method: "GET", path: /^\/control\/chats\/(-?\d+)$/, run: (env, { params, url }) => viewChat(env, params[0]!, url) },
  { method: "GET", path: /^\/control\/chats\/(-?\d+)\/topics$/, run: (env, { params }) => viewTopics(env, params[0]!) },
  { method: "GET", path: /^\/control\/chats\/(-?\d+)\/messages$/, run: (env, { params, url }) => listMessages(env, params[0]!, url) },
  { method: "GET", path: /^\/control\/chats\/(-?\d+)\/actions$/, run: (env, { params, url }) => listChatActions(env, params[0]!, url) },
  { method: "POST", path: /^\/control\/messages$/, run: (env, { body }) => postMessage(env, body) },
  { method: "POST", path: /^\/control\/sticker_sets$/, run: (env, { body }) => createStickerSetRoute(env, body) },
  { method: "POST", path: /^\/control\/callback_queries$/, run: (env, { body }) => createCallbackQuery(env, body) },
  { method: "GET", path: /^\/control\/callback_queries\/([^/]+)$/, run: (env, { params }) => getCallbackQuery(env, params[0]!) },
  { method: "POST", path: /^\/control\/inline_queries$/, run: (env, { body }) => createInlineQuery(env, body) },
  { method: "GET", path: /^\/control\/inline_queries\/([^/]+)$/, run: (env, { params }) => getInlineQuery(env, params[0]!) },
  { method: "POST", path: /^\/control\/web_app_queries$/, run: (env, { body }) => createWebAppQuery(env, body) },
  { method: "GET", path: /^\/control\/web_app_queries\/([^/]+)$/, run: (env, { params }) => getWebAppQuery(env, params[0]!) },
  { method: "GET", path: /^\/control\/prepared_inline_messages\/([^/]+)$/, run: (env, { params }) => getPreparedMessage(env, params[0]!) },
  { method: "POST", path: /^\/control\/act$/, run: (env, { body }) => act(env, body) },
  { method: "POST", path: /^\/control\/faults$/, run: (env, { body }) => setFaults(env, body) },
  { method: "POST", path: /^\/control\/reset$/, run: (env) => reset(env) },
];

const reply = (status: number, value: unknown) => Response.json(value, { status });

function failure(error: unknown): Response {
  if (error instanceof ControlError) return reply(error.status, { error: error.message });
  if (error instanceof RpcError) {
    const status = error.code >= 400 && error.code < 500 ? error.code : 400;
    return reply(status, { error: error.errorMessage, code: error.code });
  }
  if (error instanceof WorldError) return reply(400, { error: error.message });
  return reply(500, { error: error instanceof Error ? error.message : String(error) });
}

async function readBody(request: Request): Promise<Body> {
  if (request.method !== "POST") return {};
  const text = await request.text();
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ControlError(400, CONTROL_ERRORS.badJson);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ControlError(400, CONTROL_ERRORS.badJson);
  return value as Body;
}

/** Answers one control request (exported so tests can call it without a socket). */
export async function handleControl(env: ControlEnv, request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const route = ROUTES.find((r) => r.method === request.method && r.path.test(url.pathname));
    if (!route) throw new ControlError(404, CONTROL_ERRORS.notFound);
    const params = route.path.exec(url.pathname)!.slice(1);
    return reply(200, await route.run(env, { params, body: await readBody(request), url }));
  } catch (error) {
    return failure(error);
  }
}

export interface ControlServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function startControlServer(env: ControlEnv, options: { host: string; port: number }): ControlServer {
  const server = Bun.serve({ hostname: options.host, port: options.port, fetch: (request) => handleControl(env, request) });
  const port = server.port as number;
  return { url: `http://${options.host}:${port}`, port, stop: () => server.stop(true) };
}
