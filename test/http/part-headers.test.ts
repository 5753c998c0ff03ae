import { describe, expect, test } from "bun:test";
import { multipartBoundary, parsePartHeaders } from "../../src/http/part-headers.ts";
import { BotApiError } from "../../src/methods/types.ts";

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof BotApiError) return `${error.code} ${error.description}`;
    throw error;
  }
  return "accepted";
};

describe("boundary", () => {
  test.each([
    ["multipart/form-data; boundary=abc", "abc"],
    ['multipart/form-data; boundary="a b"; charset=x', "a b"],
    ["multipart/form-data; BOUNDARY=Xy", "Xy"],
  ])("%s → %s", (type, boundary) => expect(multipartBoundary(type)).toBe(boundary));

  test.each([
    ["multipart/form-data", "400 Bad Request: boundary not found"],
    ["multipart/form-data; boundary", "400 Bad Request: boundary value not found"],
    ["multipart/form-data; boundary=", "400 Bad Request: boundary too big or empty"],
    [`multipart/form-data; boundary=${"x".repeat(71)}`, "400 Bad Request: boundary too big or empty"],
  ])("%s", (type, text) => expect(failure(() => multipartBoundary(type))).toBe(text));
});

describe("part headers", () => {
  test.each([
    ['Content-Disposition: form-data; name="text"', { name: "text", contentType: "application/octet-stream" }],
    [
      'content-disposition: form-data; name="photo"; filename="a \\"b\\".png"\r\nContent-Type: image/png',
      { name: "photo", filename: 'a "b".png', contentType: "image/png" },
    ],
    ["Content-Disposition: form-data; name=doc; filename=x%20y.txt", { name: "doc", filename: "x y.txt", contentType: "application/octet-stream" }],
    ['Content-Disposition: form-data; name="f"; filename=""', { name: "f", filename: "", contentType: "application/octet-stream" }],
    ['Content-Disposition: form-data;\r\n name="folded"', { name: "folded", contentType: "application/octet-stream" }],
  ])("%p", (text, headers) => expect(parsePartHeaders(text)).toEqual(headers));

  test.each([
    ['Content-Disposition: attachment; name="x"', "400 Bad Request: expected form-data content disposition"],
    ['Content-Disposition: form-data; name="x', "400 Bad Request: unclosed quoted string in Content-Disposition header"],
    ['Content-Disposition: form-data; name="x\\', "400 Bad Request: wrong escape sequence in Content-Disposition header"],
    ['Content-Disposition: form-data; name="x" y', "400 Bad Request: expected ';' in Content-Disposition header"],
    ["Content-Type: text/plain", "400 Bad Request: field name in multipart/form-data not found"],
    ["garbage", "400 Bad Request: can't parse form data headers"],
  ])("%p", (text, error) => expect(failure(() => parsePartHeaders(text))).toBe(error));
});
