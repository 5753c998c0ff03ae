/**
 * One webhook request as the official makes it (WebhookActor::send_update and handle):
 * a POST of the update's JSON with the secret-token header; a 2xx is success and its
 * body may carry a method to run; anything else is an error, with the receiver's
 * Retry-After (whole seconds) honoured.
 */
import { deliveryErrors } from "../messages.ts";
import { requestUrl, type WebhookUrl } from "./url.ts";

export interface WebhookTarget {
  readonly url: WebhookUrl;
  /** Connect to this address instead of resolving the host. */
  readonly ip?: string;
  readonly secretToken: string;
  readonly certificate?: Uint8Array;
  /** `--proxy`: an HTTP proxy for webhook requests; never the environment's. */
  readonly proxy?: string;
}

export type SendOutcome =
  | { readonly ok: true; readonly args?: Record<string, string> }
  | { readonly ok: false; readonly error: string; readonly retryAfter: number; readonly status?: number };

/** The official's outbound connections give up after 60 s without an answer. */
export const REQUEST_TIMEOUT_MS = 60_000;

export async function postUpdate(target: WebhookTarget, body: string): Promise<SendOutcome> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (target.ip !== undefined) headers.host = target.url.port === (target.url.protocol === "http" ? 80 : 443) ? target.url.host : `${target.url.host}:${target.url.port}`;
  if (target.url.userinfo) headers.authorization = `Basic ${Buffer.from(target.url.userinfo).toString("base64")}`;
  if (target.secretToken) headers["x-telegram-bot-api-secret-token"] = target.secretToken;
  let response: Response;
  try {
    response = await fetch(requestUrl(target.url, target.ip), {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      proxy: target.proxy ?? false,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      tls: {
        ...(target.certificate ? { ca: Buffer.from(target.certificate) } : {}),
        ...(target.ip !== undefined ? { serverName: target.url.host } : {}),
      },
    });
  } catch (error) {
    return { ok: false, error: describeFailure(error), retryAfter: 0 };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel().catch(() => undefined);
    return {
      ok: false,
      error: deliveryErrors.wrongResponse(response.status, response.statusText),
      retryAfter: readRetryAfter(response.headers.get("retry-after")),
      status: response.status,
    };
  }
  const text = await response.text().catch(() => "");
  return { ok: true, args: readArgs(response.headers.get("content-type") ?? "", text) };
}

/** td's to_integer_safe: a canonical non-negative integer, else 0. */
function readRetryAfter(value: string | null): number {
  if (value === null || !/^(0|[1-9][0-9]{0,9})$/.test(value)) return 0;
  return Math.min(Number(value), 2 ** 31 - 1);
}

/** The response's parameters, read as the official's HTTP reader reads a request's. */
function readArgs(contentType: string, text: string): Record<string, string> | undefined {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(text));
  if (type !== "application/json") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const args: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === null || field === undefined) continue;
    args[key] = typeof field === "string" ? field : JSON.stringify(field);
  }
  return args;
}

function describeFailure(error: unknown): string {
  const { name, code } = error as { name?: string; code?: string };
  if (name === "TimeoutError") return deliveryErrors.timeout;
  if (code === "ConnectionRefused" || code === "ECONNREFUSED") return deliveryErrors.refused;
  if (code === "ConnectionClosed" || code === "ECONNRESET") return deliveryErrors.closed;
  return deliveryErrors.connect;
}
