/**
 * The emulated Telegram world: accounts, chats and their indexes, backed by the world's
 * SQLite store. Message and update logic live in messages.ts and updates.ts; this file
 * holds the state they share and the creation of accounts and chats.
 */
import type { SessionHub } from "../mtproto/types.ts";
import type { Api } from "telegram";
import { newAccessHash, newBotToken, normalizePhone, testPhoneDc } from "./ids.ts";
import { Queries } from "./queries.ts";
import { makePassword, type SrpChallenge } from "./srp.ts";
import { WorldAuthKeys } from "./auth-keys.ts";
import { WorldStore } from "./store.ts";
import type { Account, AdminRights, Chat, ChatKind, Member } from "./types.ts";

export interface WorldOptions {
  /** Directory of the world's SQLite file; in memory when absent. */
  dir?: string;
  /** Number of DCs (phones 99966XYYYY need X ≤ dcCount). */
  dcCount: number;
  /** Most pts events returned by one getDifference before it answers differenceSlice. */
  differenceSliceSize?: number;
  /** A gap larger than this answers differenceTooLong. */
  differenceTooLongGap?: number;
}

export interface NewUser {
  phone?: string;
  firstName: string;
  lastName?: string;
  username?: string;
  password?: string;
  dcId?: number;
}

export interface NewBot {
  username: string;
  firstName?: string;
  dcId?: number;
}

export interface NewChat {
  kind: ChatKind;
  title: string;
  creatorId: number;
  memberIds?: number[];
  adminIds?: number[];
  username?: string;
  forum?: boolean;
}

/** Rights a creator or a new admin gets when none are given. */
export const FULL_ADMIN_RIGHTS: AdminRights = {
  changeInfo: true,
  postMessages: true,
  editMessages: true,
  deleteMessages: true,
  banUsers: true,
  inviteUsers: true,
  pinMessages: true,
  manageCall: true,
  other: true,
  manageTopics: true,
};

export class WorldError extends Error {}

const now = () => Math.floor(Date.now() / 1000);

export class World {
  readonly store: WorldStore;
  /** The MTProto server's auth keys, persisted with the world. */
  readonly authKeys: WorldAuthKeys;
  readonly dcCount: number;
  readonly sliceSize: number;
  readonly tooLongGap: number;
  readonly accounts = new Map<number, Account>();
  readonly chats = new Map<number, Chat>();
  private readonly usernames = new Map<string, { kind: "account" | "chat"; id: number }>();
  private readonly phones = new Map<string, number>();
  private readonly tokens = new Map<string, number>();
  /** Last login code "sent" to each phone, with its phone_code_hash. */
  readonly codes = new Map<string, { code: string; hash: string }>();
  /** Pending SRP rounds per account (account.getPassword → auth.checkPassword). */
  readonly challenges = new Map<number, SrpChallenge>();
  /** Callback and inline queries in flight, with the bots' answers. */
  readonly queries = new Queries();
  private hub?: SessionHub;

  constructor(options: WorldOptions) {
    this.store = new WorldStore(options.dir);
    this.authKeys = new WorldAuthKeys(this.store);
    this.dcCount = options.dcCount;
    this.sliceSize = options.differenceSliceSize ?? 100;
    this.tooLongGap = options.differenceTooLongGap ?? 10000;
    this.load();
  }

  private load(): void {
    for (const account of this.store.loadAccounts()) this.index(account);
    for (const chat of this.store.loadChats()) {
      this.chats.set(chat.id, chat);
      if (chat.username) this.usernames.set(chat.username.toLowerCase(), { kind: "chat", id: chat.id });
    }
  }

  private index(account: Account): void {
    this.accounts.set(account.id, account);
    if (account.username) this.usernames.set(account.username.toLowerCase(), { kind: "account", id: account.id });
    if (account.phone) this.phones.set(account.phone, account.id);
    if (account.botToken) this.tokens.set(account.botToken, account.id);
  }

  attachHub(hub: SessionHub): void {
    this.hub = hub;
  }

  /** Sends an Updates object to every live session of an account (no-op without a server). */
  push(accountId: number, updates: Api.TypeUpdates): void {
    this.hub?.push(accountId, updates);
  }

  /** Binds or unbinds an auth key (through the server when one is attached). */
  bindAuthKey(authKeyId: string, accountId: number | null): void {
    if (this.hub) {
      this.hub.bind(authKeyId, accountId);
      return;
    }
    const stored = this.authKeys.get(authKeyId);
    if (!stored) return;
    const { accountId: _old, ...rest } = stored;
    this.authKeys.set(authKeyId, accountId === null ? rest : { ...rest, accountId });
  }

  dropConnections(): void {
    this.hub?.dropConnections();
  }

  private nextId(counter: string, first: number): number {
    const id = Number(this.store.getMeta(counter) ?? first);
    this.store.setMeta(counter, String(id + 1));
    return id;
  }

  saveAccount(account: Account): void {
    this.store.saveAccount(account);
  }

  saveChat(chat: Chat): void {
    this.store.saveChat(chat);
  }

  account(id: number): Account | undefined {
    return this.accounts.get(id);
  }

  chat(id: number): Chat | undefined {
    return this.chats.get(id);
  }

  byUsername(username: string): { kind: "account" | "chat"; id: number } | undefined {
    return this.usernames.get(username.replace(/^@/, "").toLowerCase());
  }

  byPhone(phone: string): Account | undefined {
    const id = this.phones.get(normalizePhone(phone));
    return id === undefined ? undefined : this.accounts.get(id);
  }

  byToken(token: string): Account | undefined {
    const id = this.tokens.get(token);
    return id === undefined ? undefined : this.accounts.get(id);
  }

  /** The DC a phone belongs to: its account's, a test phone's X, else `fallback`. */
  phoneDc(phone: string, fallback: number): number {
    return this.byPhone(phone)?.dcId ?? testPhoneDc(normalizePhone(phone), this.dcCount) ?? fallback;
  }

  private claimUsername(username: string | undefined, kind: "account" | "chat", id: number): void {
    if (!username) return;
    if (!/^[a-zA-Z][a-zA-Z0-9_]{4,31}$/.test(username)) throw new WorldError("USERNAME_INVALID");
    if (this.usernames.has(username.toLowerCase())) throw new WorldError("USERNAME_OCCUPIED");
    this.usernames.set(username.toLowerCase(), { kind, id });
  }

  private checkDc(dcId: number): number {
    if (!Number.isInteger(dcId) || dcId < 1 || dcId > this.dcCount) throw new WorldError("DC_ID_INVALID");
    return dcId;
  }

  createBot(input: NewBot): Account {
    if (!/bot$/i.test(input.username)) throw new WorldError("USERNAME_INVALID");
    return this.store.transaction(() => {
      const id = this.nextId("next_account_id", 1_000_001);
      this.claimUsername(input.username, "account", id);
      const bot: Account = {
        id,
        kind: "bot",
        firstName: input.firstName ?? input.username,
        username: input.username,
        dcId: this.checkDc(input.dcId ?? 1),
        accessHash: newAccessHash(),
        botToken: newBotToken(id),
        lastMessageId: 0,
        state: { pts: 1, qts: 0, seq: 0, date: now() },
        createdAt: now(),
      };
      this.index(bot);
      this.saveAccount(bot);
      return bot;
    });
  }

  /**
   * BotFather's /revoke: the bot gets a new token, the old one stops working, and every
   * session logged in as the bot is logged out.
   */
  revokeBotToken(botId: number): Account {
    const bot = this.accounts.get(botId);
    if (!bot || bot.kind !== "bot" || !bot.botToken) throw new WorldError("BOT_INVALID");
    this.tokens.delete(bot.botToken);
    bot.botToken = newBotToken(botId);
    this.tokens.set(bot.botToken, botId);
    this.saveAccount(bot);
    this.authKeys.unbindAccount(botId);
    return bot;
  }

  /** An unused test phone `99966XYYYY` on DC X (so its code is always XXXXX). */
  private freeTestPhone(dcId: number): string {
    for (let n = 1; n < 10000; n++) {
      const phone = `99966${dcId}${String(n).padStart(4, "0")}`;
      if (!this.phones.has(phone)) return phone;
    }
    throw new WorldError("no free test phone left on this DC");
  }

  createUser(input: NewUser): Account {
    return this.store.transaction(() => {
      const id = this.nextId("next_account_id", 1_000_001);
      const phone = input.phone ? normalizePhone(input.phone) : this.freeTestPhone(input.dcId ?? 1);
      if (this.phones.has(phone)) throw new WorldError("PHONE_NUMBER_OCCUPIED");
      this.claimUsername(input.username, "account", id);
      const user: Account = {
        id,
        kind: "user",
        firstName: input.firstName,
        lastName: input.lastName,
        username: input.username,
        phone,
        dcId: this.checkDc(input.dcId ?? testPhoneDc(phone, this.dcCount) ?? 1),
        accessHash: newAccessHash(),
        password: input.password ? makePassword(input.password) : undefined,
        lastMessageId: 0,
        state: { pts: 1, qts: 0, seq: 0, date: now() },
        createdAt: now(),
      };
      this.index(user);
      this.saveAccount(user);
      return user;
    });
  }

  createChat(input: NewChat): Chat {
    const creator = this.accounts.get(input.creatorId);
    if (!creator || creator.kind !== "user") throw new WorldError("creator must be a user");
    return this.store.transaction(() => {
      const id = this.nextId("next_chat_id", input.kind === "group" ? 4_000_001 : 1_500_000_001);
      if (input.kind === "group" && input.username) throw new WorldError("basic groups have no username");
      this.claimUsername(input.username, "chat", id);
      const date = now();
      const members: Member[] = [{ userId: creator.id, status: "creator", adminRights: FULL_ADMIN_RIGHTS, date }];
      const admins = new Set(input.adminIds ?? []);
      for (const userId of new Set([...(input.memberIds ?? []), ...admins])) {
        if (userId === creator.id) continue;
        if (!this.accounts.has(userId)) throw new WorldError(`no account ${userId}`);
        members.push(
          admins.has(userId)
            ? { userId, status: "administrator", adminRights: FULL_ADMIN_RIGHTS, inviterId: creator.id, date }
            : { userId, status: "member", inviterId: creator.id, date },
        );
      }
      const chat: Chat = {
        id,
        kind: input.kind,
        title: input.title,
        username: input.username,
        forum: input.kind === "supergroup" && (input.forum ?? false),
        creatorId: creator.id,
        accessHash: newAccessHash(),
        date,
        members,
        pts: 1,
        lastMessageId: 0,
        pinnedIds: [],
        defaultBannedRights: {},
        version: 1,
      };
      this.chats.set(id, chat);
      this.saveChat(chat);
      return chat;
    });
  }

  /** The member record of a current (not left, not kicked) member. */
  member(chat: Chat, userId: number): Member | undefined {
    const member = chat.members.find((m) => m.userId === userId);
    return member && member.status !== "left" && member.status !== "kicked" ? member : undefined;
  }

  /** Accounts that currently see the chat's messages. */
  memberIds(chat: Chat): number[] {
    return chat.members.filter((m) => m.status !== "left" && m.status !== "kicked").map((m) => m.userId);
  }

  /**
   * Empties the world. Auth keys are kept but logged out, so a connected client's next
   * call gets AUTH_KEY_UNREGISTERED rather than an undecryptable-packet error.
   */
  reset(): void {
    this.store.clear();
    this.authKeys.unbindAll();
    this.accounts.clear();
    this.chats.clear();
    this.usernames.clear();
    this.phones.clear();
    this.tokens.clear();
    this.codes.clear();
    this.challenges.clear();
    this.queries.clear();
  }

  close(): void {
    this.store.close();
  }
}
