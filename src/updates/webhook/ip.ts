/**
 * Which addresses a webhook may reach outside `--local`, as the official decides
 * (WebhookActor::check_ip_address, td::IPAddress::is_reserved): IPv4 only, and none of
 * the private, loopback, link-local, documentation, multicast or reserved blocks.
 */
import { isIP } from "node:net";
import { webhookRefusals } from "../messages.ts";

const RESERVED: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
];

const toUint = (ip: string) => ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);

export function isReservedIpv4(ip: string): boolean {
  const value = toUint(ip);
  return RESERVED.some(([block, bits]) => {
    const size = 2 ** (32 - bits);
    return Math.floor(value / size) === Math.floor(toUint(block) / size);
  });
}

/** Why the address may not be used, or undefined when it may. */
export function refuseAddress(ip: string, local: boolean): string | undefined {
  const family = isIP(ip);
  if (family === 0) return webhookRefusals.invalidIp;
  if (local) return undefined;
  if (family !== 4) return webhookRefusals.ipv6;
  if (isReservedIpv4(ip)) return webhookRefusals.reserved(ip);
  return undefined;
}
