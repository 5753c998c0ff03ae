/** Test helper: the result of parseText, or the official error description it throws. */
import { FormatError, type FormattedText, type MessageEntity, parseText, type ParseOptions } from "../../src/format/index.ts";

export function run(text: string, mode?: string, entities?: unknown, options?: ParseOptions): FormattedText | string {
  try {
    return parseText(text, mode, entities, options);
  } catch (error) {
    if (error instanceof FormatError) return error.description;
    throw error;
  }
}

/** Shorthand for an expected entity. */
export function e(type: string, offset: number, length: number, extra: Partial<MessageEntity> = {}): MessageEntity {
  return { offset, length, type, ...extra };
}

/** Shorthand for an expected "can't parse entities" error. */
export function parseError(message: string): string {
  return `Bad Request: can't parse entities: ${message}`;
}
