import { afterEach, describe, expect, test } from "bun:test";
import type { Database } from "bun:sqlite";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../src/store/db.ts";
import { migrate, schemaVersion, type Repository } from "../../src/store/migrate.ts";

let db: Database;
afterEach(() => db?.close());

const notes: Repository = {
  name: "plugin.notes",
  migrations: [
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    (d) => d.run("UPDATE notes SET pinned = 1 WHERE text LIKE '!%'"),
  ],
};

describe("migrate", () => {
  test("runs every step once and records the version per repository", () => {
    db = openDatabase(":memory:");
    migrate(db, { name: notes.name, migrations: notes.migrations.slice(0, 1) });
    db.run("INSERT INTO notes (text) VALUES ('!important'), ('plain')");
    expect(schemaVersion(db, notes.name)).toBe(1);

    migrate(db, notes);
    migrate(db, notes);
    expect(schemaVersion(db, notes.name)).toBe(3);
    expect(db.query("SELECT text, pinned FROM notes ORDER BY id").all()).toEqual([
      { text: "!important", pinned: 1 },
      { text: "plain", pinned: 0 },
    ]);
  });

  test("repositories are independent", () => {
    db = openDatabase(":memory:");
    migrate(db, notes);
    migrate(db, { name: "other", migrations: ["CREATE TABLE other (x)"] });
    expect(db.query("SELECT repo, version FROM schema_versions ORDER BY repo").all()).toEqual([
      { repo: "other", version: 1 },
      { repo: "plugin.notes", version: 3 },
    ]);
  });

  test("a failing step rolls back and keeps the previous version", () => {
    db = openDatabase(":memory:");
    const broken: Repository = { name: "broken", migrations: ["CREATE TABLE a (x)", "CREATE TABLE b (x); SELECT * FROM nowhere"] };
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db, "broken")).toBe(1);
    expect(db.query("SELECT name FROM sqlite_master WHERE name = 'b'").all()).toEqual([]);
  });

  test("a schema newer than the build is refused", () => {
    db = openDatabase(":memory:");
    migrate(db, notes);
    expect(() => migrate(db, { name: notes.name, migrations: notes.migrations.slice(0, 2) })).toThrow(
      'Database schema of "plugin.notes" is at version 3, but this build knows only 2: use a newer tgrest',
    );
  });

  test("files are opened in WAL mode", () => {
    const dir = mkdtempSync(join(tmpdir(), "tgrest-wal-"));
    db = openDatabase(join(dir, "sub", "x.sqlite"));
    expect(db.query("PRAGMA journal_mode").get()).toEqual({ journal_mode: "wal" });
    db.close();
    rmSync(dir, { recursive: true });
  });
});
