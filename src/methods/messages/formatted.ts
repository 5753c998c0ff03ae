/** A text parameter with its parse_mode / entities → the text and TL entities to send. */
import type { MessageEntity as BotEntity } from "@grammyjs/types";
import bigInt from "big-integer";
import { Api } from "telegram";
import { toTlEntity } from "../../convert/entities.ts";
import { FormatError, type ParseOptions, parseText } from "../../format/index.ts";
import type { Account } from "../../telegram/account.ts";
import { BotApiError, type CallContext } from "../types.ts";

export interface TlText {
  text: string;
  entities: Api.TypeMessageEntity[];
}

/** A mentioned user by id, with the access hash the account knows (0 for bots, as TDLib). */
export function inputUser(account: Account, userId: number): Api.TypeInputUser {
  if (userId === account.id) return new Api.InputUserSelf();
  const hash = account.peers.accessHash({ kind: "user", id: userId });
  return new Api.InputUser({ userId: bigInt(userId), accessHash: bigInt(hash ?? "0") });
}

/**
 * Reads `text` with the parse mode and entities named by `fields` (e.g. "parse_mode" and
 * "entities", or "caption_entities"). Entities are read from the raw JSON text, so
 * 64-bit ids (custom emoji) keep every digit.
 */
export function formatText(
  ctx: CallContext,
  account: Account,
  text: string,
  fields: { parseMode: string; entities: string },
  options: ParseOptions = {},
): TlText {
  const parseMode = ctx.raw.get(fields.parseMode);
  const entities = ctx.raw.get(fields.entities);
  return formatValue(account, text, typeof parseMode === "string" ? parseMode : undefined, typeof entities === "string" ? entities : undefined, options);
}

/** Formats an optional text given inside a JSON object (quote, poll option…). */
export function formatValue(account: Account, text: string, parseMode: string | undefined, entities: unknown, options: ParseOptions = {}): TlText {
  try {
    const parsed = parseText(text, parseMode, entities, options);
    return {
      text: parsed.text,
      entities: parsed.entities.map((entity) => toTlEntity(entity as BotEntity, (id) => inputUser(account, id))),
    };
  } catch (error) {
    if (error instanceof FormatError) throw new BotApiError(error.code, error.description);
    throw error;
  }
}
