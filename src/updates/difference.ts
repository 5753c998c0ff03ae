/**
 * The two difference calls and what their answers hold, as plain data the manager
 * applies: the updates (new messages wrapped as the update that announces them), the
 * peers that came with them, the state reached, and whether more is to be fetched.
 * https://core.telegram.org/api/updates#recovering-gaps
 */
import { Api } from "telegram";
import type { CommonState } from "./state.ts";

export interface Batch {
  readonly updates: Api.TypeUpdate[];
  readonly users: Api.TypeUser[];
  readonly chats: Api.TypeChat[];
}

export type CommonStep =
  | { readonly kind: "empty"; readonly date: number; readonly seq: number }
  /** Telegram dropped the updates from our pts to `pts`: they are lost. */
  | { readonly kind: "too-long"; readonly pts: number }
  | { readonly kind: "batch"; readonly batch: Batch; readonly state: CommonState; readonly more: boolean };

export type ChannelStep =
  | { readonly kind: "empty"; readonly pts: number }
  | { readonly kind: "too-long"; readonly pts: number; readonly final: boolean }
  | { readonly kind: "batch"; readonly batch: Batch; readonly pts: number; readonly final: boolean };

/** Limit a bot may ask getChannelDifference for (users are asked to stay at 10–100). */
export const CHANNEL_LIMIT = 1000;

const newMessages = (messages: Api.TypeMessage[]) =>
  messages.filter((m) => !(m instanceof Api.MessageEmpty)).map((message) => new Api.UpdateNewMessage({ message, pts: 0, ptsCount: 0 }));

const newChannelMessages = (messages: Api.TypeMessage[]) =>
  messages
    .filter((m) => !(m instanceof Api.MessageEmpty))
    .map((message) => new Api.UpdateNewChannelMessage({ message, pts: 0, ptsCount: 0 }));

export function readDifference(d: Api.updates.TypeDifference, from: CommonState): CommonStep {
  if (d instanceof Api.updates.DifferenceEmpty) return { kind: "empty", date: d.date, seq: d.seq };
  if (d instanceof Api.updates.DifferenceTooLong) return { kind: "too-long", pts: d.pts };
  const reached = d instanceof Api.updates.Difference ? d.state : d.intermediateState;
  const batch = { updates: [...newMessages(d.newMessages), ...d.otherUpdates], users: d.users, chats: d.chats };
  const state = { pts: reached.pts, qts: reached.qts, seq: reached.seq || from.seq, date: reached.date };
  return { kind: "batch", batch, state, more: d instanceof Api.updates.DifferenceSlice };
}

export function readChannelDifference(d: Api.updates.TypeChannelDifference): ChannelStep {
  if (d instanceof Api.updates.ChannelDifferenceEmpty) return { kind: "empty", pts: d.pts };
  if (d instanceof Api.updates.ChannelDifferenceTooLong) {
    const pts = d.dialog instanceof Api.Dialog ? (d.dialog.pts ?? 0) : 0;
    return { kind: "too-long", pts, final: Boolean(d.final) };
  }
  const batch = { updates: [...newChannelMessages(d.newMessages), ...d.otherUpdates], users: d.users, chats: d.chats };
  return { kind: "batch", batch, pts: d.pts, final: Boolean(d.final) };
}
