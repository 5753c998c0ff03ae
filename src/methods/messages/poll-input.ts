/**
 * sendPoll's parameters → TL InputMediaPoll, with the official server's and TDLib's
 * checks: options as strings or InputPollOption objects, quiz answers, explanation.
 * https://core.telegram.org/bots/api#sendpoll
 */
import { Api } from "telegram";
import bigInt from "big-integer";
import { badRequest } from "../../convert/errors.ts";
import { FieldError, isObject, optString, reqString } from "../../convert/json-fields.ts";
import type { Account } from "../../telegram/account.ts";
import type { CallContext, Params } from "../types.ts";
import { MESSAGE_ERRORS } from "./errors.ts";
import { formatText, formatValue, type TlText } from "./formatted.ts";
import { legacyParam } from "./send-options.ts";
import { toInteger } from "../values.ts";

/** Telegram's limit on a bot's poll question, in characters. */
const MAX_QUESTION = 300;

const textWithEntities = (t: TlText) => new Api.TextWithEntities({ text: t.text, entities: t.entities });

function readOptions(account: Account, value: unknown): TlText[] {
  if (!Array.isArray(value)) throw MESSAGE_ERRORS.pollOptionsNotArray();
  return value.map((option) => {
    if (typeof option === "string") return { text: option, entities: [] };
    if (!isObject(option)) throw MESSAGE_ERRORS.pollOptionNotString();
    try {
      const text = reqString(option, "text");
      return formatValue(account, text, optString(option, "text_parse_mode"), option.text_entities, { allowEmpty: true });
    } catch (error) {
      if (error instanceof FieldError) throw badRequest(error.message);
      throw error;
    }
  });
}

function readCorrectIds(ctx: CallContext, params: Params, count: number): number[] {
  const list = params.correct_option_ids;
  let ids: number[];
  if (list !== undefined) {
    if (!Array.isArray(list)) throw MESSAGE_ERRORS.correctIdsNotArray();
    ids = list.map((id) => {
      if (typeof id !== "number") throw MESSAGE_ERRORS.correctIdNotNumber();
      if (!Number.isInteger(id) || Math.abs(id) >= 2 ** 31) throw MESSAGE_ERRORS.correctIdInvalid();
      return id;
    });
  } else {
    // The single correct_option_id is no longer in the spec, but the official server still reads it.
    const single = legacyParam(ctx, "correct_option_id");
    ids = single === "" ? [] : [toInteger(single)];
  }
  if (ids.length === 0) throw MESSAGE_ERRORS.correctIdsEmpty();
  if (ids.some((id, i) => i > 0 && id <= ids[i - 1]!)) throw MESSAGE_ERRORS.correctIdsNotIncreasing();
  if (ids.some((id) => id < 0 || id >= count)) throw MESSAGE_ERRORS.correctIdWrong();
  return ids;
}

export function pollInput(ctx: CallContext, params: Params, account: Account): Api.InputMediaPoll {
  const question = formatText(ctx, account, String(params.question ?? ""), { parseMode: "question_parse_mode", entities: "question_entities" }, { allowEmpty: true });
  if (!question.text) throw MESSAGE_ERRORS.pollQuestionEmpty();
  if ([...question.text].length > MAX_QUESTION) throw MESSAGE_ERRORS.pollQuestionTooLong(MAX_QUESTION);
  const options = readOptions(account, params.options);
  const type = String(params.type ?? "");
  if (type !== "" && type !== "regular" && type !== "quiz") throw MESSAGE_ERRORS.pollTypeUnsupported();
  const quiz = type === "quiz";
  const tags = options.map((_, i) => Buffer.from(String(i)));
  const correct = quiz ? readCorrectIds(ctx, params, options.length) : [];
  const explanation = quiz && params.explanation !== undefined
    ? formatText(ctx, account, String(params.explanation), { parseMode: "explanation_parse_mode", entities: "explanation_entities" }, { allowEmpty: true })
    : undefined;
  const openPeriod = Number(params.open_period ?? 0);
  const closeDate = Number(params.close_date ?? 0);
  return new Api.InputMediaPoll({
    poll: new Api.Poll({
      id: bigInt(0),
      question: textWithEntities(question),
      answers: options.map((option, i) => new Api.PollAnswer({ text: textWithEntities(option), option: tags[i]! })),
      closed: params.is_closed === true || undefined,
      publicVoters: params.is_anonymous === false || undefined,
      multipleChoice: (!quiz && params.allows_multiple_answers === true) || undefined,
      quiz: quiz || undefined,
      closePeriod: openPeriod > 0 ? openPeriod : undefined,
      closeDate: !(openPeriod > 0) && closeDate > 0 ? closeDate : undefined,
    }),
    correctAnswers: quiz ? correct.map((i) => tags[i]!) : undefined,
    solution: explanation?.text || undefined,
    solutionEntities: explanation?.text ? explanation.entities : undefined,
  });
}
