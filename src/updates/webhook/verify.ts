/**
 * The checks a new webhook passes before setWebhook answers (WebhookActor::start_up and
 * on_resolved_ip_address): outside `--local` HTTPS on an allowed port, and an address
 * that is public IPv4; with `--local`, any protocol, port and valid address.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { badRequest, webhookRefusals } from "../messages.ts";
import { refuseAddress } from "./ip.ts";
import type { WebhookUrl } from "./url.ts";

export const ALLOWED_PORTS: ReadonlySet<number> = new Set([443, 80, 88, 8443]);

const DNS_REASONS: Record<string, string> = {
  ENOTFOUND: "Name or service not known",
  EAI_AGAIN: "Temporary failure in name resolution",
};

async function resolve(host: string, local: boolean): Promise<string> {
  const bare = host.startsWith("[") ? host.slice(1, -1) : host;
  if (isIP(bare)) return bare;
  try {
    // The official prefers IPv4, the only family it accepts outside --local.
    return (await lookup(bare, { family: 4 }).catch(() => lookup(bare, { family: local ? 0 : 4 }))).address;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    throw badRequest.badWebhook(webhookRefusals.unresolved(DNS_REASONS[code] ?? code));
  }
}

/** The IP address the webhook will be reached at, or the 400 "bad webhook" saying why not. */
export async function verifyWebhook(url: WebhookUrl, fixedIp: string, local: boolean): Promise<string> {
  if (!local) {
    if (url.protocol === "http") throw badRequest.badWebhook(webhookRefusals.https);
    if (!ALLOWED_PORTS.has(url.port)) throw badRequest.badWebhook(webhookRefusals.port);
  }
  const ip = fixedIp !== "" ? fixedIp : await resolve(url.host, local);
  const refusal = refuseAddress(ip, local);
  if (refusal) throw badRequest.badWebhook(refusal);
  return ip;
}
