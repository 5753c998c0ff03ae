/** A bot's webhook as persisted, so that a restart resumes delivery to it. */
import type { Database } from "bun:sqlite";
import type { Repository } from "../../store/migrate.ts";

export interface WebhookSettings {
  readonly url: string;
  readonly maxConnections: number;
  /** The address in use: the fixed one, or the last resolved one. */
  readonly ipAddress: string;
  /** ip_address was given: connect there instead of resolving the host. */
  readonly fixIp: boolean;
  readonly secretToken: string;
  /** The uploaded public certificate (PEM or DER), trusted for this webhook. */
  readonly certificate?: Uint8Array;
}

export const webhookRepository: Repository = {
  name: "core.webhook",
  migrations: [
    `CREATE TABLE webhook (
       id INTEGER PRIMARY KEY CHECK (id = 1),
       url TEXT NOT NULL,
       max_connections INTEGER NOT NULL,
       ip_address TEXT NOT NULL,
       fix_ip INTEGER NOT NULL,
       secret_token TEXT NOT NULL,
       certificate BLOB
     ) STRICT`,
  ],
};

interface Row {
  url: string;
  max_connections: number;
  ip_address: string;
  fix_ip: number;
  secret_token: string;
  certificate: Uint8Array | null;
}

export function loadWebhook(db: Database): WebhookSettings | undefined {
  const row = db.query<Row, []>("SELECT * FROM webhook WHERE id = 1").get();
  if (!row) return undefined;
  return {
    url: row.url,
    maxConnections: row.max_connections,
    ipAddress: row.ip_address,
    fixIp: row.fix_ip !== 0,
    secretToken: row.secret_token,
    ...(row.certificate ? { certificate: row.certificate } : {}),
  };
}

export function saveWebhook(db: Database, settings: WebhookSettings): void {
  db.query(
    `INSERT INTO webhook (id, url, max_connections, ip_address, fix_ip, secret_token, certificate) VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url, max_connections = excluded.max_connections, ip_address = excluded.ip_address,
       fix_ip = excluded.fix_ip, secret_token = excluded.secret_token, certificate = excluded.certificate`,
  ).run(settings.url, settings.maxConnections, settings.ipAddress, settings.fixIp ? 1 : 0, settings.secretToken, settings.certificate ?? null);
}

export function deleteWebhookRow(db: Database): void {
  db.run("DELETE FROM webhook");
}
