/** TL Poll + PollResults → Bot API Poll. https://core.telegram.org/bots/api#poll */
import type { Poll, PollOption } from "@grammyjs/types";
import type { Api } from "telegram";
import { toBotEntities } from "../entities.ts";
import type { PeerDirectory } from "../peers.ts";

/**
 * An option's id: the official server sends options tagged "0", "1", …; anything that is
 * not UTF-8 is shown as hex so it stays a stable string.
 */
export function optionId(option: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(option);
  } catch {
    return option.toString("hex");
  }
}

export function toPoll(poll: Api.Poll, results: Api.PollResults, peers: PeerDirectory): Poll {
  const voters = new Map((results.results ?? []).map((r) => [r.option.toString("hex"), r]));
  const options: PollOption[] = poll.answers.map((answer) => {
    const option: PollOption = {
      persistent_id: optionId(answer.option),
      text: answer.text.text,
      voter_count: voters.get(answer.option.toString("hex"))?.voters ?? 0,
    };
    const entities = toBotEntities(answer.text.entities, peers);
    if (entities.length > 0) option.text_entities = entities;
    return option;
  });
  const out: Poll = {
    id: poll.id.toString(),
    question: poll.question.text,
    options,
    total_voter_count: results.totalVoters ?? 0,
    is_closed: Boolean(poll.closed),
    is_anonymous: !poll.publicVoters,
    type: poll.quiz ? "quiz" : "regular",
    allows_multiple_answers: Boolean(poll.multipleChoice),
    // In this layer only quiz answers are final.
    allows_revoting: !poll.quiz,
    members_only: false,
  };
  const questionEntities = toBotEntities(poll.question.entities, peers);
  if (questionEntities.length > 0) out.question_entities = questionEntities;
  if (poll.quiz) {
    const correct = poll.answers.flatMap((a, i) => (voters.get(a.option.toString("hex"))?.correct ? [i] : []));
    if (correct.length > 0) out.correct_option_ids = correct;
    if (results.solution) {
      out.explanation = results.solution;
      const entities = toBotEntities(results.solutionEntities, peers);
      if (entities.length > 0) out.explanation_entities = entities;
    }
  }
  if (poll.closePeriod) out.open_period = poll.closePeriod;
  if (poll.closeDate) out.close_date = poll.closeDate;
  return out;
}
