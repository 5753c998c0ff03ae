/** The Bot API's response envelope, byte for byte as the official server writes it. */
import type { BotApiError } from "../methods/types.ts";

const JSON_HEADERS = { "content-type": "application/json" } as const;

export function okResponse(result: unknown, description?: string): Response {
  const tail = description === undefined ? "" : `,"description":${JSON.stringify(description)}`;
  return new Response(`{"ok":true,"result":${JSON.stringify(result)}${tail}}`, { headers: JSON_HEADERS });
}

/** `parameters` only when there are some; a retry_after also becomes a Retry-After header. */
export function errorResponse(error: BotApiError): Response {
  const body: Record<string, unknown> = { ok: false, error_code: error.code, description: error.description };
  const parameters = error.parameters;
  if (parameters && Object.keys(parameters).length > 0) body.parameters = parameters;
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (parameters?.retry_after !== undefined) headers["retry-after"] = String(parameters.retry_after);
  return new Response(JSON.stringify(body), { status: error.code, headers });
}
