/**
 * Where the manager meets GramJS. GramJS's own dispatch splits `Updates` containers
 * (losing seq and date), turns `updateShort` into its inner update and runs handlers
 * concurrently, so the manager listens one step earlier: the main sender's update
 * callback, which sees every pushed container intact, in arrival order, and the
 * connection-state changes. GramJS's own handling still runs after ours (its entity cache).
 */
import type { TelegramClient } from "telegram";
import { UpdateConnectionState } from "telegram/network";
import type { Api } from "telegram";

export type Pushed = { kind: "updates"; updates: Api.TypeUpdates } | { kind: "connected" } | { kind: "disconnected" };

type Callback = (client: TelegramClient, update: unknown) => void;

interface SenderWithCallback {
  _updateCallback?: Callback;
  _sendQueue?: { setReady?: (ready: boolean) => void };
}

/**
 * GramJS acknowledges received messages only when it next sends something, so a bot that
 * only receives never acks and Telegram stops pushing to it (updatesTooLong) every few
 * hundred updates. Waking its send loop a moment after a push sends the acks of
 * everything that arrived meanwhile in one message.
 */
const ACK_DELAY_MS = 50;

/** Taps the client's main sender; returns the function that removes the tap. */
export function tapUpdates(client: TelegramClient, listener: (pushed: Pushed) => void): () => void {
  const sender = (client as unknown as { _sender?: SenderWithCallback })._sender;
  if (!sender) throw new Error("tapUpdates: the client is not connected");
  const original = sender._updateCallback;
  let ackTimer: ReturnType<typeof setTimeout> | undefined;
  const ackSoon = () => {
    ackTimer ??= setTimeout(() => {
      ackTimer = undefined;
      sender._sendQueue?.setReady?.(true);
    }, ACK_DELAY_MS);
  };
  const tap: Callback = (owner, update) => {
    if (update instanceof UpdateConnectionState) {
      if (update.state === UpdateConnectionState.connected) listener({ kind: "connected" });
      else listener({ kind: "disconnected" });
    } else if (isUpdates(update)) {
      listener({ kind: "updates", updates: update });
      ackSoon();
    }
    original?.(owner, update);
  };
  sender._updateCallback = tap;
  return () => {
    clearTimeout(ackTimer);
    if (sender._updateCallback === tap) sender._updateCallback = original;
  };
}

/** crc32("Updates"): the TL type every pushed container belongs to. */
const UPDATES_TYPE = 0x8af52aac;

export function isUpdates(value: unknown): value is Api.TypeUpdates {
  return typeof value === "object" && value !== null && (value as { SUBCLASS_OF_ID?: number }).SUBCLASS_OF_ID === UPDATES_TYPE;
}
