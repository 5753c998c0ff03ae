/**
 * Votes in polls (messages.sendVote). Every copy of the poll gets the new counts; people
 * holding it are told with updateMessagePoll (no pts); of bots, only the one that sent
 * the poll hears of it — updateMessagePoll, and for a poll with public voters also
 * updateMessagePollVote as a qts event (the Bot API's poll and poll_answer).
 */
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { boxOf, type Target } from "./messages.ts";
import { decodeTl, peerUser, userTl } from "./tl.ts";
import type { Account } from "./types.ts";
import { addQtsEvent } from "./updates.ts";
import type { World } from "./world.ts";

/** Each voter's chosen options (hex of the option bytes), in voting order. */
type Votes = Record<string, string[]>;

const now = () => Math.floor(Date.now() / 1000);
const votesKey = (pollId: string) => `poll_votes:${pollId}`;
const hexOf = (option: Buffer) => Buffer.from(option).toString("hex");

function loadVotes(world: World, pollId: string): Votes {
  return JSON.parse(world.store.getMeta(votesKey(pollId)) ?? "{}") as Votes;
}

/** The poll's counts as `viewerId` sees them (their own choices marked). */
function resultsFor(media: Api.MessageMediaPoll, votes: Votes, viewerId?: number): Api.PollResults {
  const mine = new Set(viewerId === undefined ? [] : (votes[viewerId] ?? []));
  const choices = Object.values(votes);
  return new Api.PollResults({
    results: media.poll.answers.map((answer) => {
      const hex = hexOf(answer.option);
      const before = media.results.results?.find((r) => hexOf(r.option) === hex);
      return new Api.PollAnswerVoters({
        option: answer.option,
        voters: choices.filter((c) => c.includes(hex)).length,
        chosen: mine.has(hex) || undefined,
        correct: before?.correct || undefined,
      });
    }),
    totalVoters: choices.length,
    recentVoters: media.poll.publicVoters ? Object.keys(votes).slice(-3).map((id) => peerUser(Number(id))) : undefined,
    solution: media.results.solution || undefined,
    solutionEntities: media.results.solution ? media.results.solutionEntities : undefined,
  });
}

function pollUpdate(media: Api.MessageMediaPoll, votes: Votes, viewerId?: number): Api.UpdateMessagePoll {
  return new Api.UpdateMessagePoll({ pollId: media.poll.id, poll: media.poll, results: resultsFor(media, votes, viewerId) });
}

const updatesOf = (updates: Api.TypeUpdate[], users: Api.TypeUser[] = []) =>
  new Api.Updates({ updates, users, chats: [], date: now(), seq: 0 });

/**
 * Who sent the poll: the owner of the outgoing copy in private chats and basic groups,
 * the sender in supergroups (channel posts name no sender, and their polls are anonymous).
 */
function authorOf(copies: { box: string; data: Uint8Array }[]): number | undefined {
  for (const copy of copies) {
    const message = decodeTl<Api.Message>(copy.data);
    if (copy.box.startsWith("u") && message.out) return Number(copy.box.slice(1));
    if (copy.box.startsWith("c") && message.fromId instanceof Api.PeerUser) return message.fromId.userId.toJSNumber();
  }
  return undefined;
}

/** A user votes (no options: retracts the vote); `msgId` is in the voter's numbering. */
export function sendVote(world: World, voter: Account, target: Target, msgId: number, options: Buffer[], echo: boolean): Api.Updates {
  const { box, peer } = boxOf(voter, target);
  const row = world.store.getMessage(box, msgId);
  const message = row && row.peer === peer ? decodeTl<Api.TypeMessage>(row.data) : undefined;
  if (!row || !(message instanceof Api.Message) || !(message.media instanceof Api.MessageMediaPoll)) throw rpcError("MESSAGE_ID_INVALID");
  const media = message.media;
  if (media.poll.closed) throw rpcError("MESSAGE_POLL_CLOSED");
  const known = new Set(media.poll.answers.map((a) => hexOf(a.option)));
  const chosen = [...new Set(options.map(hexOf))];
  if (chosen.some((hex) => !known.has(hex))) throw rpcError("OPTION_INVALID");
  if (chosen.length > 1 && !media.poll.multipleChoice) throw rpcError("OPTIONS_TOO_MUCH");
  const pollId = media.poll.id.toString();
  const votes = loadVotes(world, pollId);
  if (media.poll.quiz && votes[voter.id]) throw rpcError("REVOTE_NOT_ALLOWED");
  if (chosen.length === 0) delete votes[voter.id];
  else votes[voter.id] = chosen;
  const copies = box.startsWith("c") ? [row] : world.store.messagesByLink(row.link);
  const authorId = authorOf(copies);
  const author = authorId === undefined ? undefined : world.account(authorId);
  const holders = box.startsWith("c") && target.kind === "chat" ? world.memberIds(target.chat) : copies.map((c) => Number(c.box.slice(1)));
  const pushes: Array<[number, Api.Updates]> = [];
  world.store.transaction(() => {
    world.store.setMeta(votesKey(pollId), JSON.stringify(votes));
    for (const copy of copies) {
      const stored = decodeTl<Api.Message>(copy.data);
      (stored.media as Api.MessageMediaPoll).results = resultsFor(media, votes);
      world.store.putMessage({ ...copy, data: stored.getBytes() });
    }
    if (author?.kind === "bot" && media.poll.publicVoters) {
      const vote = addQtsEvent(world, author, (qts) =>
        new Api.UpdateMessagePollVote({ pollId: media.poll.id, peer: peerUser(voter.id), options: chosen.map((hex) => Buffer.from(hex, "hex")), qts }),
      );
      pushes.push([author.id, updatesOf([vote], [userTl(voter, author.id)])]);
    }
  });
  for (const holderId of holders) {
    if (holderId === voter.id) continue;
    const holder = world.account(holderId);
    if (holder?.kind === "bot" && holderId !== authorId) continue;
    pushes.push([holderId, updatesOf([pollUpdate(media, votes, holderId)])]);
  }
  for (const [accountId, updates] of pushes) world.push(accountId, updates);
  const own = updatesOf([pollUpdate(media, votes, voter.id)]);
  if (echo) world.push(voter.id, own);
  return own;
}

/** After a bot edits its poll (stopPoll closes it), it gets the poll's new state as Telegram sends it. */
export function announcePollEdit(world: World, editor: Account, media: Api.TypeMessageMedia | undefined): void {
  if (editor.kind !== "bot" || !(media instanceof Api.MessageMediaPoll)) return;
  world.push(editor.id, updatesOf([pollUpdate(media, loadVotes(world, media.poll.id.toString()))]));
}
