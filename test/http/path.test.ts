import { describe, expect, test } from "bun:test";
import { parseTarget } from "../../src/http/path.ts";

describe("paths split as the official HttpConnection splits them", () => {
  test.each([
    ["/bot1:x/getMe", { kind: "bot", token: "1:x", testEnv: false, method: "getMe" }],
    ["/bot1:x/test/getMe", { kind: "bot", token: "1:x", testEnv: true, method: "getMe" }],
    ["/bot1:x/", { kind: "bot", token: "1:x", testEnv: false, method: "" }],
    ["/bot1:x/test", { kind: "notFound" }],
    ["/bot1:x/test/", { kind: "bot", token: "1:x", testEnv: true, method: "" }],
    ["/bot1:x/testing", { kind: "notFound" }],
    ["/bot1:x", { kind: "notFound" }],
    ["/bot1%3Ax/getMe", { kind: "bot", token: "1:x", testEnv: false, method: "getMe" }],
    ["/bot1:x%2FgetMe", { kind: "bot", token: "1:x", testEnv: false, method: "getMe" }],
    ["/bot1:x/a/b", { kind: "bot", token: "1:x", testEnv: false, method: "a/b" }],
    ["/user5:y/sendMessage", { kind: "user", token: "5:y", testEnv: false, method: "sendMessage" }],
    ["/userLogin", { kind: "userLogin" }],
    ["/", { kind: "notFound" }],
    ["/bo", { kind: "notFound" }],
    ["/file/bot1:x/a.jpg", { kind: "notFound" }],
  ] as const)("%s", (path, target) => expect(parseTarget(path, true)).toEqual(target));

  test("user paths exist only with --allow-users", () => {
    expect(parseTarget("/user5:y/getMe", false)).toEqual({ kind: "notFound" });
    expect(parseTarget("/userLogin", false)).toEqual({ kind: "notFound" });
  });
});
