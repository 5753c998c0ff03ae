/**
 * Sends to one chat reach Telegram in the order the bot asked for them, as the official
 * server keeps them, even when the HTTP requests run in parallel. A request takes its
 * place in the chat's line synchronously, when it arrives; it prepares in parallel with
 * the others and waits for its turn only around the RPC that creates the messages.
 */

export interface Turn {
  /** Resolves when every earlier send to the chat has had its answer from Telegram. */
  readonly ready: Promise<void>;
  /** Lets the next send go; call exactly once, also on failure. */
  release(): void;
}

const tails = new Map<string, Promise<void>>();

/** `key` names the bot and the chat (see sendKey). */
export function enterLine(key: string): Turn {
  const ready = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = ready.then(() => done);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return { ready, release };
}

/**
 * The line a request joins: the bot's id (the token's prefix, which survives a token
 * change) and the chat as the request names it.
 */
export function sendKey(token: string, chatId: unknown): string {
  const chat = typeof chatId === "string" ? chatId.trim().toLowerCase() : String(chatId);
  return `${token.split(":")[0]}|${chat}`;
}

/** Runs `send` in its turn; `prepare` runs at once, in parallel with earlier sends. */
export async function inTurn<P, R>(key: string, prepare: () => Promise<P>, send: (prepared: P) => Promise<R>): Promise<R> {
  const turn = enterLine(key);
  try {
    const prepared = await prepare();
    await turn.ready;
    return await send(prepared);
  } finally {
    turn.release();
  }
}
