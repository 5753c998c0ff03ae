/**
 * The users and chats an account's updates brought recently, in memory. Containers carry
 * their own peers; short messages carry none, and the persistent directory keeps only
 * access hashes, so names and titles for those come from here — and when a peer is not
 * here, the manager fetches the difference, which brings it (as TDLib does).
 */
import { Api } from "telegram";
import type { PeerRef } from "../convert/chat-id.ts";
import { toNumber } from "../convert/long.ts";
import { entityOf, type ChatEntity, type PeerDirectory, peerDirectory } from "../convert/peers.ts";

const key = (ref: PeerRef) => `${ref.kind}:${ref.id}`;

function refOf(entity: Api.TypeUser | Api.TypeChat): PeerRef | undefined {
  if (entity instanceof Api.User) return { kind: "user", id: toNumber(entity.id) };
  if (entity instanceof Api.Channel || entity instanceof Api.ChannelForbidden) return { kind: "channel", id: toNumber(entity.id) };
  if (entity instanceof Api.Chat || entity instanceof Api.ChatForbidden) return { kind: "chat", id: toNumber(entity.id) };
  return undefined;
}

export class SeenPeers {
  private readonly entries = new Map<string, Api.User | ChatEntity>();

  constructor(private readonly limit = 10_000) {}

  /** Keeps the newest copy of each; `min` objects never replace a full one. */
  add(entities: ReadonlyArray<Api.TypeUser | Api.TypeChat>): void {
    for (const entity of entities) {
      const ref = refOf(entity);
      if (!ref) continue;
      const k = key(ref);
      const old = this.entries.get(k);
      if ((entity as { min?: boolean }).min && old) continue;
      this.entries.delete(k);
      this.entries.set(k, entity as Api.User | ChatEntity);
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
  }

  /** A directory of the given peers, falling back to the ones seen before. */
  directory(users: readonly Api.TypeUser[] = [], chats: readonly Api.TypeChat[] = []): PeerDirectory {
    const own = peerDirectory(users, chats);
    const fallback = (ref: PeerRef) => this.entries.get(key(ref));
    return {
      user: (id) => own.user(id) ?? (fallback({ kind: "user", id }) as Api.User | undefined),
      group: (id) => own.group(id) ?? (fallback({ kind: "chat", id }) as Api.Chat | undefined),
      channel: (id) => own.channel(id) ?? (fallback({ kind: "channel", id }) as Api.Channel | undefined),
    };
  }

  /** Whether a directory names every peer in `refs`. */
  static knows(peers: PeerDirectory, refs: readonly PeerRef[]): boolean {
    return refs.every((ref) => entityOf(peers, ref) !== undefined);
  }
}
