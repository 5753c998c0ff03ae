import { Database } from "bun:sqlite";
import { describe, expect, test } from "bun:test";
import bigInt from "big-integer";
import { Api } from "telegram";
import { BotApiError } from "../../src/methods/types.ts";
import { migrate } from "../../src/store/migrate.ts";
import { Peers, peersRepository } from "../../src/telegram/peers.ts";

function directory() {
  const db = new Database(":memory:");
  migrate(db, peersRepository);
  return new Peers(db);
}

const user = (id: number, hash: number, username?: string) =>
  new Api.User({ id: bigInt(id), accessHash: bigInt(hash), firstName: "U", ...(username ? { username } : {}) });
const channel = (id: number, hash: number, username?: string) =>
  new Api.Channel({ id: bigInt(id), accessHash: bigInt(hash), title: "C", photo: new Api.ChatPhotoEmpty(), date: 0, ...(username ? { username } : {}) });

describe("peer directory", () => {
  test("chat ids map to InputPeers with the hashes seen", () => {
    const peers = directory();
    peers.remember([user(10, 111, "ann"), channel(20, 222, "news"), new Api.Chat({ id: bigInt(30), title: "G", photo: new Api.ChatPhotoEmpty(), participantsCount: 2, date: 0, version: 1 })]);
    expect(peers.inputPeer(10)).toMatchObject({ className: "InputPeerUser", accessHash: bigInt(111) });
    expect(peers.inputPeer(-1_000_000_000_020)).toMatchObject({ className: "InputPeerChannel", accessHash: bigInt(222) });
    expect(peers.inputPeer(-30)).toMatchObject({ className: "InputPeerChat", chatId: bigInt(30) });
    expect(peers.findUsername("NEWS")).toEqual({ kind: "channel", id: 20 });
  });

  test("a user never seen is tried with access hash 0; an unknown channel is not found", () => {
    const peers = directory();
    expect(peers.inputPeer(99)).toMatchObject({ className: "InputPeerUser", accessHash: bigInt(0) });
    for (const id of [-1_000_000_000_077, 0]) {
      expect(() => peers.inputPeer(id)).toThrow(new BotApiError(400, "Bad Request: chat not found"));
    }
  });

  test("min objects do not overwrite a real hash", () => {
    const peers = directory();
    peers.remember([user(10, 111)]);
    peers.remember([new Api.User({ id: bigInt(10), min: true, accessHash: bigInt(5), firstName: "U" })]);
    expect(peers.accessHash({ kind: "user", id: 10 })).toBe("111");
  });
});
