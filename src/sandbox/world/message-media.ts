/**
 * Message media that carry no file: locations (static and live), venues, contacts,
 * dice, polls and link previews, made from the InputMedia a client sends, and their edits
 * (a live location's new position or stop, a poll's close).
 */
import { randomBytes, randomInt } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "./errors.ts";
import { big } from "./tl.ts";
import type { World } from "./world.ts";

/** Telegram's dice and the values each can roll. */
const DICE: Record<string, number> = { "🎲": 6, "🎯": 6, "🎳": 6, "🏀": 5, "⚽": 5, "🎰": 64 };

const randomLong = () => big(randomBytes(8).readBigInt64LE());

function geoOf(input: Api.TypeInputGeoPoint): Api.TypeGeoPoint {
  if (!(input instanceof Api.InputGeoPoint)) return new Api.GeoPointEmpty();
  return new Api.GeoPoint({ lat: input.lat, long: input.long, accuracyRadius: input.accuracyRadius, accessHash: big(0) });
}

function poll(input: Api.InputMediaPoll): Api.MessageMediaPoll {
  const { answers, quiz } = input.poll;
  if (answers.length < 2 || answers.length > 12) throw rpcError("POLL_ANSWERS_INVALID");
  if (!input.poll.question.text) throw rpcError("POLL_QUESTION_INVALID");
  const options = new Set(answers.map((a) => a.option.toString("hex")));
  if (options.size !== answers.length) throw rpcError("POLL_OPTION_DUPLICATE");
  const correct = new Set((input.correctAnswers ?? []).map((c) => c.toString("hex")));
  if (quiz && correct.size === 0) throw rpcError("QUIZ_CORRECT_ANSWERS_EMPTY");
  return new Api.MessageMediaPoll({
    poll: new Api.Poll({ ...input.poll, id: randomLong() }),
    results: new Api.PollResults({
      results: answers.map((a) => new Api.PollAnswerVoters({ option: a.option, voters: 0, correct: correct.has(a.option.toString("hex")) || undefined })),
      totalVoters: 0,
      solution: input.solution || undefined,
      solutionEntities: input.solution ? input.solutionEntities : undefined,
    }),
  });
}

/** The media for an InputMedia without a file; undefined for one that has a file. */
export function contentMedia(world: World, input: unknown): Api.TypeMessageMedia | undefined {
  if (input instanceof Api.InputMediaGeoPoint) return new Api.MessageMediaGeo({ geo: geoOf(input.geoPoint) });
  if (input instanceof Api.InputMediaGeoLive) {
    return new Api.MessageMediaGeoLive({
      geo: geoOf(input.geoPoint),
      heading: input.heading,
      period: input.period ?? 0,
      proximityNotificationRadius: input.proximityNotificationRadius,
    });
  }
  if (input instanceof Api.InputMediaVenue) {
    const { geoPoint, ...venue } = input;
    return new Api.MessageMediaVenue({ ...venue, geo: geoOf(geoPoint) });
  }
  if (input instanceof Api.InputMediaContact) {
    const owner = world.byPhone(input.phoneNumber);
    return new Api.MessageMediaContact({ ...input, userId: big(owner?.id ?? 0) });
  }
  if (input instanceof Api.InputMediaDice) {
    const faces = DICE[input.emoticon];
    if (!faces) throw rpcError("EMOTICON_INVALID");
    return new Api.MessageMediaDice({ emoticon: input.emoticon, value: randomInt(1, faces + 1) });
  }
  if (input instanceof Api.InputMediaPoll) return poll(input);
  if (input instanceof Api.InputMediaWebPage) {
    return new Api.MessageMediaWebPage({
      webpage: new Api.WebPageEmpty({ id: randomLong(), url: input.url }),
      forceLargeMedia: input.forceLargeMedia,
      forceSmallMedia: input.forceSmallMedia,
      manual: true,
    });
  }
  return undefined;
}

/**
 * The media after messages.editMessage with `input`: a live location moves or stops, a
 * poll closes. Anything else cannot replace this media here.
 */
export function editedMedia(current: Api.TypeMessageMedia | undefined, input: unknown): Api.TypeMessageMedia {
  if (current instanceof Api.MessageMediaGeoLive && input instanceof Api.InputMediaGeoLive) {
    if (input.stopped) return new Api.MessageMediaGeoLive({ ...current, period: 0 });
    return new Api.MessageMediaGeoLive({
      geo: input.geoPoint ? geoOf(input.geoPoint) : current.geo,
      heading: input.heading ?? current.heading,
      period: input.period ?? current.period,
      proximityNotificationRadius: input.proximityNotificationRadius ?? current.proximityNotificationRadius,
    });
  }
  if (current instanceof Api.MessageMediaPoll && input instanceof Api.InputMediaPoll) {
    if (current.poll.closed) throw rpcError("MESSAGE_POLL_CLOSED");
    return new Api.MessageMediaPoll({ poll: new Api.Poll({ ...current.poll, closed: input.poll.closed }), results: current.results });
  }
  throw rpcError("MEDIA_INVALID");
}
