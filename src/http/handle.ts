/**
 * One Bot API request, start to finish: verb, path, token, parameters, call, answer.
 * Every request gets exactly one envelope, whatever throws, and its uploaded files are
 * removed once it is answered.
 */
import { limitsOf } from "../cli/config.ts";
import { type CallDeps, callMethod } from "../methods/call.ts";
import { apiError, internalError, notImplemented } from "../methods/errors.ts";
import { BotApiError } from "../methods/types.ts";
import { readBody } from "./body.ts";
import { errorResponse, okResponse } from "./envelope.ts";
import { parseTarget } from "./path.ts";
import { RawParamsCollector } from "./raw-params.ts";
import { TempFiles } from "./temp-files.ts";
import { checkToken } from "./token.ts";
import { parseUrlencoded } from "./urlencoded.ts";

/** The path and query of a request URL, undecoded. */
export function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const rest = start < 0 ? "/" : url.slice(start);
  const hash = rest.indexOf("#");
  const withoutHash = hash < 0 ? rest : rest.slice(0, hash);
  const mark = withoutHash.indexOf("?");
  return mark < 0
    ? { path: withoutHash, query: "" }
    : { path: withoutHash.slice(0, mark), query: withoutHash.slice(mark + 1) };
}

export async function handleApiRequest(request: Request, deps: CallDeps): Promise<Response> {
  if (request.method !== "GET" && request.method !== "POST") return errorResponse(apiError("verbNotImplemented"));
  const { path, query } = splitUrl(request.url);
  const target = parseTarget(path, deps.config.allowUsers);
  if (target.kind === "notFound") return errorResponse(apiError("notFound"));
  if (target.kind !== "userLogin") {
    const refused = checkToken(target.token, target.kind === "bot" ? deps.config.filter : undefined);
    if (refused) return errorResponse(refused);
  }
  const temp = new TempFiles(deps.config.tempDir, limitsOf(deps.config).uploadBytes);
  try {
    const params = new RawParamsCollector(temp);
    params.count(query.length);
    params.add(parseUrlencoded(query));
    await readBody(request, params);
    const raw = params.result();
    if (target.kind === "userLogin") return errorResponse(notImplemented("userLogin"));
    const named = raw.get("method");
    const method = target.method || (typeof named === "string" ? named : "");
    const outcome = await callMethod(deps, { ...target, method, raw, signal: request.signal });
    return outcome.ok ? okResponse(outcome.result, outcome.description) : errorResponse(outcome.error);
  } catch (thrown) {
    return errorResponse(
      thrown instanceof BotApiError ? thrown : internalError(thrown instanceof Error ? thrown.message : String(thrown)),
    );
  } finally {
    await temp.removeAll();
  }
}
