/** Shared TL fixtures for the converter tests: a small world of peers and a stand-in file-id function. */
import { Api } from "telegram";
import { peerDirectory } from "../../src/convert/peers.ts";
import type { FileLocation, MediaContext } from "../../src/convert/media/file-location.ts";
import { long, stub } from "../support/tl-stub.ts";

export const BOT_ID = 777;
export const ANN_ID = 42;
export const GROUP_ID = 100;
export const SUPERGROUP_ID = 200;
export const CHANNEL_ID = 300;
export const FORUM_ID = 400;

export const bot = stub(Api.User, { id: long(BOT_ID), bot: true, firstName: "Echo", username: "echo_bot", accessHash: long(9) });
export const ann = stub(Api.User, { id: long(ANN_ID), firstName: "Ann", lastName: "Lee", username: "ann", accessHash: long(5) });
export const group = stub(Api.Chat, { id: long(GROUP_ID), title: "Friends" });
export const supergroup = stub(Api.Channel, { id: long(SUPERGROUP_ID), title: "Club", megagroup: true, username: "club", accessHash: long(7) });
export const channel = stub(Api.Channel, { id: long(CHANNEL_ID), title: "News", broadcast: true, accessHash: long(8) });
export const forum = stub(Api.Channel, { id: long(FORUM_ID), title: "Topics", megagroup: true, forum: true, accessHash: long(6) });

export const peers = peerDirectory([bot, ann], [group, supergroup, channel, forum]);

/** A readable stand-in for the file-id codec: the ids name the location they were made from. */
export function fakeFileIds(loc: FileLocation) {
  const key = (() => {
    switch (loc.type) {
      case "photo":
        return `photo:${loc.photo.id}:${loc.size.type}`;
      case "thumbnail":
        return `thumb:${loc.owner}:${loc.document.id}:${loc.size.type}`;
      case "profile_photo":
        return `profile:${loc.peer.kind}${loc.peer.id}:${loc.big ? "big" : "small"}`;
      default:
        return `${loc.type}:${loc.document.id}`;
    }
  })();
  return { file_id: `F-${key}`, file_unique_id: `U-${key}` };
}

export const media: MediaContext = { fileIds: fakeFileIds };

export const userPeer = (id: number) => new Api.PeerUser({ userId: long(id) });
export const chatPeer = (id: number) => new Api.PeerChat({ chatId: long(id) });
export const channelPeer = (id: number) => new Api.PeerChannel({ channelId: long(id) });

/** The Bot API forms of the fixture peers. */
export const BOT_USER = { id: BOT_ID, is_bot: true, first_name: "Echo", username: "echo_bot" };
export const ANN_USER = { id: ANN_ID, is_bot: false, first_name: "Ann", last_name: "Lee", username: "ann" };
export const ANN_CHAT = { id: ANN_ID, type: "private", first_name: "Ann", last_name: "Lee", username: "ann" };
export const GROUP_CHAT = { id: -GROUP_ID, type: "group", title: "Friends" };
export const SUPERGROUP_CHAT = { id: -1000000000200, type: "supergroup", title: "Club", username: "club" };
export const CHANNEL_CHAT = { id: -1000000000300, type: "channel", title: "News" };
