import { describe, expect, test } from "bun:test";
import { allowedNames, DEFAULT_ALLOWED, isAllowed, parseAllowedUpdates } from "../../src/updates/update-types.ts";

describe("allowed_updates", () => {
  const cases: Array<[string, unknown, number | "default" | string[]]> = [
    ["absent keeps the current mask", undefined, 0],
    ["null keeps it", null, 0],
    ["an object keeps it", { message: true }, 0],
    ["a non-string element keeps it", ["message", 1], 0],
    ["[] means the default", [], "default"],
    ["only unknown names mean the default", ["nope"], "default"],
    ["names are case-insensitive", ["MESSAGE", "Chat_Member"], ["message", "chat_member"]],
    ["unknown names are skipped", ["poll", "nope"], ["poll"]],
  ];
  for (const [name, value, expected] of cases) {
    test(name, () => {
      const mask = parseAllowedUpdates(value);
      if (expected === "default") expect(mask).toBe(DEFAULT_ALLOWED);
      else if (typeof expected === "number") expect(mask).toBe(expected);
      else expect(allowedNames(mask)).toEqual(expected);
    });
  }

  test("the default leaves out chat_member and reactions, and lists no internal type", () => {
    for (const type of ["chat_member", "message_reaction", "message_reaction_count"] as const) {
      expect(isAllowed(DEFAULT_ALLOWED, type)).toBe(false);
    }
    expect(isAllowed(DEFAULT_ALLOWED, "message")).toBe(true);
    const names = allowedNames(DEFAULT_ALLOWED);
    expect(names).not.toContain("custom_event");
    expect(names).toContain("business_message");
    expect(names).toHaveLength(22);
  });
});
