import { expect, test } from "bun:test";
import { findEntities } from "../../../src/sandbox/control/auto-entities.ts";

const cases: [string, [string, string][]][] = [
  ["/start", [["bot_command", "/start"]]],
  ["/mute@club_bot Bob", [["bot_command", "/mute@club_bot"]]],
  ["see a/b and /help", [["bot_command", "/help"]]],
  ["hi @ann_lee and #news $USD", [["mention", "@ann_lee"], ["hashtag", "#news"], ["cashtag", "$USD"]]],
  ["mail me@example.com", [["email", "me@example.com"]]],
  ["go https://telegram.org/bots?x=1 now", [["url", "https://telegram.org/bots?x=1"]]],
  ["visit example.com/page", [["url", "example.com/page"]]],
  ["👍 /ok", [["bot_command", "/ok"]]],
  ["nothing here #1", []],
  ["", []],
];

test.each(cases)("%p", (text, expected) => {
  const found = findEntities(text);
  expect(found.map((e) => [e.type, text.slice(e.offset, e.offset + e.length)])).toEqual(expected);
});

test("offsets count UTF-16 units", () => {
  expect(findEntities("👍 /ok")).toEqual([{ type: "bot_command", offset: 3, length: 3 }]);
});
