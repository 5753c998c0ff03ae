/**
 * What a chaos run's deliveries must show, as lists of problems (empty: all good), so a
 * failure says exactly which message went wrong. Pure: deliveries and the plan in, text out.
 */
import type { Delivery } from "./consumers.ts";
import { parseText } from "./plan.ts";

/** A message the bot must receive: its chat (plan index and the id the bot sees) and place in it. */
export interface Expected {
  readonly chat: number;
  readonly chatId: number;
  readonly n: number;
}

export interface Verdict {
  readonly problems: string[];
  /** Deliveries of a message already delivered (webhook: the same update_id again). */
  readonly repeats: number;
  /** The repeats after each kill (webhook), counted until the next kill. */
  readonly repeatsPerKill?: number[];
  /** Distinct planned messages received. */
  readonly received: number;
}

const MAX_PROBLEMS = 20;

/** Checks the message deliveries shared by both ways: known text, right chat, in order within the chat, none missing. */
function walk(deliveries: readonly Delivery[], expected: ReadonlyMap<string, Expected>, onRepeat: (d: Delivery, firstId: number, problems: string[]) => void): Verdict {
  const problems: string[] = [];
  const firstIds = new Map<string, number>();
  const lastN = new Map<number, number>();
  const lastText = new Map<number, string>();
  const textsById = new Map<number, string>();
  let repeats = 0;
  for (const delivery of deliveries) {
    const { text, updateId } = delivery;
    if (text === undefined || !parseText(text)) continue;
    const plan = expected.get(text);
    if (!plan) {
      problems.push(`unexpected message "${text}" (update_id ${updateId})`);
      continue;
    }
    if ((textsById.get(updateId) ?? text) !== text) problems.push(`update_id ${updateId} carried "${textsById.get(updateId)}" and "${text}"`);
    textsById.set(updateId, text);
    if (delivery.chatId !== plan.chatId) problems.push(`"${text}" arrived in chat ${delivery.chatId}, not ${plan.chatId}`);
    const firstId = firstIds.get(text);
    if (firstId !== undefined) {
      repeats++;
      onRepeat(delivery, firstId, problems);
      // A message is sent again only before anything newer of its chat got through.
      if (lastText.get(plan.chat) !== text) problems.push(`"${text}" came again after "${lastText.get(plan.chat)}" of its chat`);
      continue;
    }
    firstIds.set(text, updateId);
    const previous = lastN.get(plan.chat) ?? -1;
    if (plan.n <= previous) problems.push(`"${text}" (update_id ${updateId}) came after message ${previous} of chat ${plan.chat}`);
    lastN.set(plan.chat, plan.n);
    lastText.set(plan.chat, text);
  }
  for (const text of expected.keys()) if (!firstIds.has(text)) problems.push(`"${text}" never arrived`);
  return { problems: cap(problems), repeats, received: firstIds.size };
}

const cap = (problems: string[]) =>
  problems.length <= MAX_PROBLEMS ? problems : [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`];

/** getUpdates: every message exactly once, in order within its chat, update_ids strictly increasing. */
export function checkPolling(deliveries: readonly Delivery[], expected: ReadonlyMap<string, Expected>): Verdict {
  const verdict = walk(deliveries, expected, () => undefined);
  const problems = [...verdict.problems];
  if (verdict.repeats > 0) problems.unshift(`${verdict.repeats} messages delivered more than once`);
  for (let i = 1; i < deliveries.length; i++) {
    const [before, after] = [deliveries[i - 1]!.updateId, deliveries[i]!.updateId];
    if (after <= before) problems.push(`update_id ${after} after ${before}`);
  }
  return { ...verdict, problems: cap(problems) };
}

/**
 * Webhook: every message, in order within its chat; a repeat carries the update_id of its
 * first delivery, and comes only after a kill (at `kills`, performance.now() times), at
 * most `maxPerKill` after each.
 */
export function checkWebhook(deliveries: readonly Delivery[], expected: ReadonlyMap<string, Expected>, kills: readonly number[] = [], maxPerKill = Infinity): Verdict {
  const repeatsPerKill = kills.map(() => 0);
  const verdict = walk(deliveries, expected, (d, firstId, problems) => {
    if (d.updateId !== firstId) problems.push(`"${d.text}" came again as update_id ${d.updateId}, first as ${firstId}`);
    const kill = kills.findLastIndex((at) => at <= d.at);
    if (kill < 0) problems.push(`"${d.text}" came again with no kill before it`);
    else repeatsPerKill[kill]!++;
  });
  const problems = [...verdict.problems];
  for (const [i, count] of repeatsPerKill.entries()) if (count > maxPerKill) problems.push(`${count} repeats after kill ${i + 1} (at most ${maxPerKill})`);
  return { ...verdict, problems: cap(problems), repeatsPerKill };
}
