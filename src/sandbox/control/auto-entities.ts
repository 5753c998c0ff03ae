/**
 * The entities a Telegram app finds in plain typed text — bot commands, mentions,
 * hashtags, cashtags, URLs and e-mail addresses — so a control-API message with no
 * `entities` arrives as a user's would (bot libraries route commands by these).
 * Offsets are UTF-16, as JavaScript strings index.
 */
import type { BotApiEntity } from "./entities.ts";

const PATTERNS: [BotApiEntity["type"], RegExp][] = [
  ["email", /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  ["url", /\b(?:https?:\/\/)[^\s<>"]+|\b(?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|me|dev|app|ru|de|uk|info)(?:\/[^\s<>"]*)?/g],
  ["bot_command", /(?<![\w/])\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z][A-Za-z0-9_]{3,31}bot)?(?![\w/])/gi],
  ["mention", /(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?!\w)/g],
  ["hashtag", /(?<![\w#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu],
  ["cashtag", /(?<![\w$])\$[A-Z]{3,8}(?![A-Za-z])/g],
];

export function findEntities(text: string): BotApiEntity[] {
  const found: BotApiEntity[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  for (const [type, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      found.push({ type, offset: start, length: end - start });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
