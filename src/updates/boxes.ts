/**
 * Telegram's update boxes and the rule that orders them: which counter an update
 * advances (the common pts, the qts, a channel's pts, or none) and whether it applies
 * now, was applied already, or leaves a gap.
 * https://core.telegram.org/api/updates#update-handling
 */
import { Api } from "telegram";
import { toNumber } from "../convert/long.ts";

export type Box =
  | { readonly kind: "common"; readonly pts: number; readonly count: number }
  | { readonly kind: "qts"; readonly qts: number }
  | { readonly kind: "channel"; readonly channelId: number; readonly pts: number; readonly count: number }
  /** No counter (callback and inline queries…): applied as it comes, never recovered. */
  | { readonly kind: "none" };

export const CHANNEL_PREFIX = "channel:";

export type Verdict = "apply" | "duplicate" | "gap";

/** local + count == remote applies; less leaves a gap; more was seen already. */
export function verdict(local: number, remote: number, count: number): Verdict {
  const expected = local + count;
  if (expected === remote) return "apply";
  return expected > remote ? "duplicate" : "gap";
}

/** The channel a channel update belongs to, from its message or its channelId field. */
export function channelOf(update: Api.TypeUpdate): number | undefined {
  if (update instanceof Api.UpdateNewChannelMessage || update instanceof Api.UpdateEditChannelMessage) {
    const peer = update.message.peerId;
    return peer instanceof Api.PeerChannel ? toNumber(peer.channelId) : undefined;
  }
  const { channelId } = update as { channelId?: Api.long };
  return channelId === undefined ? undefined : toNumber(channelId);
}

export function boxOf(update: Api.TypeUpdate): Box {
  const fields = update as { pts?: number; ptsCount?: number; qts?: number };
  if (typeof fields.pts === "number" && typeof fields.ptsCount === "number") {
    const channelId = channelOf(update);
    if (channelId !== undefined) return { kind: "channel", channelId, pts: fields.pts, count: fields.ptsCount };
    return { kind: "common", pts: fields.pts, count: fields.ptsCount };
  }
  if (typeof fields.qts === "number" && fields.qts > 0) return { kind: "qts", qts: fields.qts };
  return { kind: "none" };
}

/** The box an update waits in while it has a gap: "common", "qts" or "channel:<id>". */
export function boxKey(box: Box): string {
  switch (box.kind) {
    case "channel":
      return `${CHANNEL_PREFIX}${box.channelId}`;
    case "none":
      return "none";
    default:
      return box.kind;
  }
}

/** Where the update starts: its counter before it applies (how gaps are ordered). */
export function startOf(box: Box): number {
  switch (box.kind) {
    case "qts":
      return box.qts - 1;
    case "none":
      return 0;
    default:
      return box.pts - box.count;
  }
}
