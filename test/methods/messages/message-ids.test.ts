import { describe, expect, test } from "bun:test";
import { readMessageIds } from "../../../src/methods/messages/message-ids.ts";

describe("message_ids as the official server reads them", () => {
  test.each([
    [[1, 2, 3], [1, 2, 3]],
    [["7", 8], [7, 8]],
  ])("%p → %p", (input, ids) => {
    expect(readMessageIds(input)).toEqual(ids);
  });

  test.each([
    [undefined, "Bad Request: message identifiers are not specified"],
    [[], "Bad Request: message identifiers are not specified"],
    [{ a: 1 }, "Bad Request: expected an Array of message identifiers"],
    [Array.from({ length: 101 }, (_, i) => i + 1), "Bad Request: too many message identifiers specified"],
    [[true], "Bad Request: message identifier must be a Number"],
    [["1.5"], "Bad Request: can't parse message identifier as a Number"],
    [["007"], "Bad Request: can't parse message identifier as a Number"],
    [[2 ** 31], "Bad Request: can't parse message identifier as a Number"],
    [[0], "Bad Request: invalid message identifier specified"],
    [[-3], "Bad Request: invalid message identifier specified"],
  ])("%p fails with %p", (input, text) => {
    expect(() => readMessageIds(input)).toThrow(text);
  });
});
