/**
 * Versioned migrations per repository: each repository (core or plugin) owns a list of
 * steps and a row in `schema_versions`, so a plugin adds its tables without touching
 * the core schema and the core never renumbers a plugin's steps.
 */
import type { Database } from "bun:sqlite";
import { storeErrors } from "./messages.ts";

/** One step: SQL text, or a function for what SQL alone cannot do. */
export type MigrationStep = string | ((db: Database) => void);

export interface Repository {
  /** Unique name, e.g. "core.meta" or a plugin's name. */
  readonly name: string;
  /** Step i brings the schema to version i + 1. Never edit or reorder a released step. */
  readonly migrations: readonly MigrationStep[];
}

function ensureVersionTable(db: Database): void {
  db.run("CREATE TABLE IF NOT EXISTS schema_versions (repo TEXT PRIMARY KEY, version INTEGER NOT NULL) STRICT");
}

export function schemaVersion(db: Database, repo: string): number {
  ensureVersionTable(db);
  const row = db.query<{ version: number }, [string]>("SELECT version FROM schema_versions WHERE repo = ?").get(repo);
  return row?.version ?? 0;
}

/** Brings one repository's schema to its latest version; each step commits with its version. */
export function migrate(db: Database, repository: Repository): void {
  const current = schemaVersion(db, repository.name);
  const latest = repository.migrations.length;
  if (current > latest) throw new Error(storeErrors.schemaTooNew(repository.name, current, latest));
  const setVersion = db.query("INSERT INTO schema_versions (repo, version) VALUES (?, ?) ON CONFLICT (repo) DO UPDATE SET version = excluded.version");
  for (let version = current + 1; version <= latest; version++) {
    const step = repository.migrations[version - 1]!;
    db.transaction(() => {
      if (typeof step === "string") db.run(step);
      else step(db);
      setVersion.run(repository.name, version);
    })();
  }
}
