/**
 * The peers an account has seen (id, access hash, username), persisted in its own
 * database so a restart loses none, and the map from Bot API chat ids (and @usernames)
 * to the InputPeers Telegram needs. Every TL result with users/chats passes through
 * `remember`, as TDLib does.
 */
import type { Database } from "bun:sqlite";
import bigInt from "big-integer";
import { Api } from "telegram";
import { fromChatId, type PeerKind, type PeerRef, toChatId } from "../convert/chat-id.ts";
import { toNumber } from "../convert/long.ts";
import { BotApiError } from "../methods/types.ts";
import type { Repository } from "../store/migrate.ts";

export const peersRepository: Repository = {
  name: "telegram.peers",
  migrations: [
    `CREATE TABLE peers (
       chat_id INTEGER PRIMARY KEY,
       access_hash TEXT NOT NULL,
       username TEXT COLLATE NOCASE
     ) STRICT`,
    "CREATE INDEX peers_username ON peers (username)",
  ],
};

const chatNotFound = () => new BotApiError(400, "Bad Request: chat not found");

interface Row {
  chat_id: number;
  access_hash: string;
  username: string | null;
}

/** A peer of a TL result, as far as the directory cares. */
type SeenPeer = Api.TypeUser | Api.TypeChat;

export class Peers {
  private readonly put;
  private readonly byId;
  private readonly byUsername;
  /**
   * chat id → [access hash, username] as stored (null: not stored), so a send does not
   * read the database and a result seen again does not rewrite it. This object is the
   * table's only writer while the account is open.
   */
  private readonly known = new Map<number, readonly [string, string | null] | null>();

  constructor(private readonly db: Database) {
    this.put = db.query(
      `INSERT INTO peers (chat_id, access_hash, username) VALUES (?, ?, ?)
       ON CONFLICT (chat_id) DO UPDATE SET access_hash = excluded.access_hash, username = excluded.username`,
    );
    this.byId = db.query<Row, [number]>("SELECT chat_id, access_hash, username FROM peers WHERE chat_id = ?");
    this.byUsername = db.query<Row, [string]>("SELECT chat_id, access_hash, username FROM peers WHERE username = ?");
  }

  /** Records the users and chats of a TL result. `min` objects carry no usable hash and are skipped. */
  remember(peers: readonly SeenPeer[]): void {
    const changed: [number, string, string | null][] = [];
    for (const peer of peers) {
      const seen = describe(peer);
      if (!seen) continue;
      const username = seen.username ?? null;
      const stored = this.known.get(seen.chatId);
      if (!stored || stored[0] !== seen.accessHash || stored[1] !== username) changed.push([seen.chatId, seen.accessHash, username]);
    }
    if (changed.length === 0) return;
    this.db.transaction(() => {
      for (const [chatId, accessHash, username] of changed) this.put.run(chatId, accessHash, username);
    })();
    for (const [chatId, accessHash, username] of changed) this.known.set(chatId, [accessHash, username]);
  }

  /** The access hash known for a peer ("0" when none: bots may use 0 for users, as TDLib does). */
  accessHash(ref: PeerRef): string | undefined {
    const chatId = toChatId(ref);
    let stored = this.known.get(chatId);
    if (stored === undefined) {
      const row = this.byId.get(chatId);
      stored = row ? [row.access_hash, row.username] : null;
      this.known.set(chatId, stored);
    }
    return stored?.[0];
  }

  /** InputPeer for a Bot API chat id; 400 "chat not found" when Telegram could not be reached with it. */
  inputPeer(chatId: number): Api.TypeInputPeer {
    const ref = fromChatId(chatId);
    if (!ref) throw chatNotFound();
    return this.inputPeerOf(ref);
  }

  inputPeerOf(ref: PeerRef): Api.TypeInputPeer {
    const hash = this.accessHash(ref);
    switch (ref.kind) {
      case "user":
        return new Api.InputPeerUser({ userId: bigInt(ref.id), accessHash: bigInt(hash ?? "0") });
      case "chat":
        return new Api.InputPeerChat({ chatId: bigInt(ref.id) });
      case "channel":
        if (hash === undefined) throw chatNotFound();
        return new Api.InputPeerChannel({ channelId: bigInt(ref.id), accessHash: bigInt(hash) });
    }
  }

  /** A peer known by its @username (without the @), if seen before. */
  findUsername(username: string): PeerRef | undefined {
    const row = this.byUsername.get(username);
    return row ? fromChatId(row.chat_id) : undefined;
  }
}

function describe(peer: SeenPeer): { chatId: number; accessHash: string; username?: string } | undefined {
  if (peer instanceof Api.User) {
    if (peer.min) return undefined;
    return { chatId: toNumber(peer.id), accessHash: String(peer.accessHash ?? "0"), username: activeUsername(peer) };
  }
  if (peer instanceof Api.Chat || peer instanceof Api.ChatForbidden) {
    return { chatId: toChatId({ kind: "chat", id: toNumber(peer.id) }), accessHash: "0" };
  }
  if (peer instanceof Api.Channel) {
    if (peer.min || peer.accessHash === undefined) return undefined;
    return { chatId: toChatId(channelRef(peer)), accessHash: String(peer.accessHash), username: activeUsername(peer) };
  }
  if (peer instanceof Api.ChannelForbidden) {
    return { chatId: toChatId(channelRef(peer)), accessHash: String(peer.accessHash) };
  }
  return undefined;
}

function channelRef(peer: { id: Api.long }): PeerRef {
  return { kind: "channel" as PeerKind, id: toNumber(peer.id) };
}

function activeUsername(peer: { username?: string; usernames?: Api.TypeUsername[] }): string | undefined {
  return peer.username ?? peer.usernames?.find((u) => u.active)?.username;
}
