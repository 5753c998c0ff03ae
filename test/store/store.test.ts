import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "../../src/store/store.ts";
import { hashToken } from "../../src/store/tokens.ts";
import { schemaVersion } from "../../src/store/migrate.ts";

const TOKEN = "123456:AAEabcdefghijklmnopqrstuvwxyz012345";
const NEW_TOKEN = "123456:AAFzyxwvutsrqponmlkjihgfedcba543210";

let dir: string;
let store: Store | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tgrest-store-"));
});
afterEach(() => {
  store?.close();
  store = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("Store", () => {
  test("hashToken is SHA-256 hex", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("maps a token to its account and keeps only the hash", () => {
    store = Store.open(dir);
    expect(store.findByToken(TOKEN)).toBeUndefined();
    store.bindToken(TOKEN, 123456, "bot");
    expect(store.findByToken(TOKEN)).toMatchObject({ id: 123456, kind: "bot" });
    store.close();
    for (const file of ["tgrest.sqlite", "tgrest.sqlite-wal", "123456/account.sqlite", "123456/account.sqlite-wal"]) {
      const path = join(dir, file);
      if (existsSync(path)) expect(readFileSync(path).includes(TOKEN)).toBe(false);
    }
  });

  test("a bot whose token changed keeps its id and its data; the old token stops working", () => {
    store = Store.open(dir);
    store.bindToken(TOKEN, 123456, "bot");
    store.account(123456).run("CREATE TABLE notes (text TEXT)");
    store.account(123456).run("INSERT INTO notes VALUES ('kept')");
    store.bindToken(NEW_TOKEN, 123456, "bot");
    expect(store.accounts.count()).toBe(1);
    expect(store.findByToken(TOKEN)).toBeUndefined();
    expect(store.findByToken(NEW_TOKEN)).toMatchObject({ id: 123456 });
    expect(store.account(123456).query("SELECT text FROM notes").all()).toEqual([{ text: "kept" }]);
  });

  test("the index survives a restart", () => {
    store = Store.open(dir);
    store.bindToken(TOKEN, 123456, "bot");
    store.close();
    store = Store.open(dir);
    expect(store.findByToken(TOKEN)).toMatchObject({ id: 123456, kind: "bot" });
  });

  test("an account directory moved from another server is found by its token", () => {
    const other = join(dir, "other");
    store = Store.open(other);
    store.bindToken(TOKEN, 777, "user");
    store.close();
    const here = join(dir, "here");
    store = Store.open(here);
    store.close();
    renameSync(join(other, "777"), join(here, "777"));
    store = Store.open(here);
    expect(store.findByToken(TOKEN)).toMatchObject({ id: 777, kind: "user" });
  });

  test("a directory under the wrong name is refused at start", () => {
    store = Store.open(dir);
    store.bindToken(TOKEN, 5, "bot");
    store.close();
    store = undefined;
    renameSync(join(dir, "5"), join(dir, "6"));
    expect(() => Store.open(dir)).toThrow(/6\/account.sqlite belongs to account 5, not 6/);
  });

  test("plugins register their own repositories, also after databases are open", () => {
    store = Store.open(dir);
    const early = store.account(1);
    store.register({ name: "plugin.counter", migrations: ["CREATE TABLE counter (n INTEGER)"] });
    const late = store.account(2);
    for (const db of [early, late]) {
      expect(schemaVersion(db, "plugin.counter")).toBe(1);
      expect(schemaVersion(db, "core.meta")).toBe(1);
    }
    store.registerMain({ name: "plugin.global", migrations: ["CREATE TABLE global (x)"] });
    expect(schemaVersion(store.main, "plugin.global")).toBe(1);
    expect(() => store!.register({ name: "plugin.counter", migrations: [] })).toThrow(
      'Repository "plugin.counter" is registered twice',
    );
  });

  test("account ids must be positive integers", () => {
    store = Store.open(dir);
    expect(() => store!.account(0)).toThrow("Account id must be a positive safe integer, got 0");
    expect(() => store!.account(-5)).toThrow();
  });
});
