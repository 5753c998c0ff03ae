/**
 * The gateway's storage: `<dir>/tgrest.sqlite` (the token index and global tables) and
 * one `<dir>/<account id>/account.sqlite` per account. Repositories — the core's and
 * plugins' — register their migrations here; every database is brought up to date when
 * it is opened, and open ones when a repository registers late.
 */
import type { Database } from "bun:sqlite";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Accounts, accountsRepository, type AccountKind, type AccountRecord } from "./accounts.ts";
import { accountPath, metaRepository, openAccountDb, readMeta, writeMeta } from "./account-db.ts";
import { openDatabase } from "./db.ts";
import { storeErrors } from "./messages.ts";
import { migrate, type Repository } from "./migrate.ts";
import { hashToken } from "./tokens.ts";

export const MAIN_FILE = "tgrest.sqlite";

export class Store {
  readonly accounts: Accounts;
  private readonly accountRepos: Repository[] = [metaRepository];
  private readonly mainRepos: Repository[] = [accountsRepository];
  private readonly openAccounts = new Map<number, Database>();
  private closed = false;

  private constructor(
    readonly dir: string,
    readonly main: Database,
  ) {
    migrate(main, accountsRepository);
    this.accounts = new Accounts(main);
  }

  /** Opens (creating) the store in `dir` and adopts account directories the index lacks. */
  static open(dir: string): Store {
    const store = new Store(dir, openDatabase(join(dir, MAIN_FILE)));
    try {
      store.adoptMovedAccounts();
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  /** Adds an account-level repository: its tables exist in every account's database. */
  register(repository: Repository): void {
    this.checkNew(repository);
    this.accountRepos.push(repository);
    for (const db of this.openAccounts.values()) migrate(db, repository);
  }

  /** Adds a repository whose tables live once, in the main database. */
  registerMain(repository: Repository): void {
    this.checkNew(repository);
    this.mainRepos.push(repository);
    migrate(this.main, repository);
  }

  findByToken(token: string): AccountRecord | undefined {
    return this.accounts.findByToken(token);
  }

  /**
   * Records that `token` now opens account `id` (after Telegram accepted it), creating the
   * account's directory on first use; the account's previous token stops matching.
   */
  bindToken(token: string, id: number, kind: AccountKind): AccountRecord {
    const tokenSha256 = hashToken(token);
    writeMeta(this.account(id), { id, kind, tokenSha256 });
    return this.accounts.bind(tokenSha256, id, kind);
  }

  /** The account's database, opened once and kept open. */
  account(id: number): Database {
    if (this.closed) throw new Error(storeErrors.closed);
    let db = this.openAccounts.get(id);
    if (!db) {
      db = openAccountDb(accountPath(this.dir, id), id, (fresh) => this.accountRepos.forEach((r) => migrate(fresh, r)));
      this.openAccounts.set(id, db);
    }
    return db;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const db of this.openAccounts.values()) db.close();
    this.openAccounts.clear();
    this.main.close();
  }

  private checkNew(repository: Repository): void {
    const names = [...this.accountRepos, ...this.mainRepos].map((r) => r.name);
    if (names.includes(repository.name)) throw new Error(storeErrors.duplicateRepository(repository.name));
  }

  /** A directory moved in from another server carries its token hash: put it in the index. */
  private adoptMovedAccounts(): void {
    const known = new Set(this.accounts.ids());
    for (const name of readdirSync(this.dir)) {
      const id = Number(name);
      if (!/^[1-9]\d*$/.test(name) || !Number.isSafeInteger(id) || known.has(id) || !existsSync(accountPath(this.dir, id))) continue;
      const meta = readMeta(this.account(id));
      if (meta.id === id && meta.kind && meta.tokenSha256) this.accounts.bind(meta.tokenSha256, id, meta.kind);
    }
  }
}
