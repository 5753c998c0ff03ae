import { describe, expect, test } from "bun:test";
import { isCanonicalInteger, parseJson, toBool, toFloat, toInteger } from "../../src/methods/values.ts";

describe("toInteger reads like td::to_integer", () => {
  test.each([
    ["42", 42],
    ["-100123", -100123],
    ["12abc", 12],
    ["abc", 0],
    ["", 0],
    ["-", 0],
    [" 5", 0],
    ["+5", 0],
    ["007", 7],
    ["-1001234567890", -1001234567890],
    ["18446744073709551615", -1],
    ["9223372036854775808", -9223372036854775808],
  ] as const)("%p → %p", (text, value) => expect(toInteger(text)).toBe(value));
});

describe("isCanonicalInteger is td::to_integer_safe's test", () => {
  test.each([
    ["123", true],
    ["-5", true],
    ["0", true],
    ["007", false],
    ["-0", false],
    ["+1", false],
    ["1a", false],
    ["", false],
  ] as const)("%p → %p", (text, ok) => expect(isCanonicalInteger(text)).toBe(ok));
});

describe("toBool is Client::to_bool", () => {
  test.each([
    ["true", true],
    ["True", true],
    [" YES ", true],
    ["1", true],
    ["false", false],
    ["0", false],
    ["on", false],
    ["2", false],
  ] as const)("%p → %p", (text, value) => expect(toBool(text)).toBe(value));
});

describe("toFloat is td::to_double", () => {
  test.each([
    ["51.5", 51.5],
    [" -0.25", -0.25],
    ["1e3", 1000],
    ["12.5abc", 12.5],
    ["abc", 0],
    ["inf", 0],
    ["NaN", 0],
  ] as const)("%p → %p", (text, value) => expect(toFloat(text)).toBe(value));
});

test("parseJson tells bad JSON from JSON null", () => {
  expect(parseJson("null")).toBeNull();
  expect(parseJson("{bad")).toBeUndefined();
  expect(parseJson("[1,2]")).toEqual([1, 2]);
});
