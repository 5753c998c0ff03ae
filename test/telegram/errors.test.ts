import { describe, expect, test } from "bun:test";
import { toBotApiError, type RpcErrorLike } from "../../src/telegram/errors.ts";

describe("RPC error → Bot API error", () => {
  const cases: [RpcErrorLike, string, number, string, object | undefined][] = [
    [{ code: 400, errorMessage: "PEER_ID_INVALID" }, "sendMessage", 400, "Bad Request: chat not found", undefined],
    [{ code: 403, errorMessage: "USER_IS_BLOCKED" }, "sendMessage", 403, "Forbidden: bot was blocked by the user", undefined],
    [{ code: 420, errorMessage: "FLOOD_WAIT_17", seconds: 17 }, "sendMessage", 429, "Too Many Requests: retry after 17", { retry_after: 17 }],
    [{ code: 400, errorMessage: "SLOWMODE_WAIT_5" }, "sendMessage", 429, "Too Many Requests: retry after 5", { retry_after: 5 }],
    [{ code: 400, errorMessage: "MESSAGE_ID_INVALID" }, "editMessageText", 400, "Bad Request: message to edit not found", undefined],
    [{ code: 400, errorMessage: "MESSAGE_ID_INVALID" }, "DELETEMESSAGE", 400, "Bad Request: message to delete not found", undefined],
    [{ code: 400, errorMessage: "MESSAGE_ID_INVALID" }, "getChat", 400, "Bad Request: message not found", undefined],
    [{ code: 401, errorMessage: "AUTH_KEY_UNREGISTERED" }, "getMe", 401, "Unauthorized", undefined],
    [{ code: 400, errorMessage: "SOME_NEW_ERROR" }, "getMe", 400, "Bad Request: SOME_NEW_ERROR", undefined],
    [{ code: 403, errorMessage: "SOME_FORBIDDEN" }, "getMe", 403, "Forbidden: SOME_FORBIDDEN", undefined],
    [{ code: 500, errorMessage: "INTERNAL" }, "getMe", 500, "Internal Server Error: INTERNAL", undefined],
  ];
  test.each(cases)("%o in %s", (error, method, code, description, parameters) => {
    const out = toBotApiError(error, method);
    expect(out.code).toBe(code);
    expect(out.description).toBe(description);
    expect(out.parameters).toEqual(parameters as never);
  });
});
