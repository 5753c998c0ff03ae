/**
 * A request body → parameters, by its Content-Type as the official HttpReader decides:
 * multipart/form-data is streamed (files to disk), a form or JSON body is read whole
 * (it is capped at 1 MiB), and any other non-empty body becomes a file named "file".
 * gzip and deflate bodies are inflated on the fly.
 */
import { apiError, contentTooLarge } from "../methods/errors.ts";
import { parseJsonBody } from "./json-body.ts";
import { readMultipart } from "./multipart.ts";
import { multipartBoundary } from "./part-headers.ts";
import { MAX_PARAMETERS_LENGTH, type RawParamsCollector } from "./raw-params.ts";
import { parseUrlencoded } from "./urlencoded.ts";

/** The official's cap on a declared Content-Length (it reports the clamped value). */
const MAX_CONTENT_SIZE = 2 ** 32 - 1;

export async function readBody(request: Request, params: RawParamsCollector): Promise<void> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) >= MAX_CONTENT_SIZE) {
    throw contentTooLarge(Math.min(Number(declared), MAX_CONTENT_SIZE));
  }
  const contentType = request.headers.get("content-type") ?? "application/octet-stream";
  const lower = contentType.toLowerCase();
  const multipart = lower.includes("multipart/form-data");
  const form = !multipart && lower.includes("application/x-www-form-urlencoded");
  const json = !multipart && !form && lower.includes("application/json");
  if ((form || json) && isSmallPlain(request, declared)) {
    const text = await readWhole(request, params);
    params.add(form ? parseUrlencoded(text) : parseJsonBody(text));
    return;
  }
  const body = decoded(request);
  if (!body) return;
  if (multipart) {
    await readMultipart(body, multipartBoundary(contentType), params);
  } else if (form) {
    const text = await readCapped(body, params);
    params.add(parseUrlencoded(text));
  } else if (json) {
    const text = await readCapped(body, params);
    params.add(parseJsonBody(text));
  } else {
    await readRawFile(body, contentType, params);
  }
}

/**
 * A POST body of a declared length within the cap and not compressed: the common case
 * (a JSON or form call), read in one go, which costs a fraction of the stream's chunks.
 */
function isSmallPlain(request: Request, declared: string | null): boolean {
  if (request.method !== "POST" || declared === null) return false;
  const length = Number(declared);
  const encoding = (request.headers.get("content-encoding") ?? "").trim().toLowerCase();
  return length > 0 && length <= MAX_PARAMETERS_LENGTH && (encoding === "" || encoding === "none");
}

async function readWhole(request: Request, params: RawParamsCollector): Promise<string> {
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > MAX_PARAMETERS_LENGTH) throw apiError("tooManyParameters");
  params.count(bytes.length);
  return bytes.toString("utf8");
}

function decoded(request: Request): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  const encoding = (request.headers.get("content-encoding") ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "none") return request.body;
  if (encoding === "gzip" || encoding === "deflate") {
    return request.body.pipeThrough(new DecompressionStream(encoding));
  }
  throw apiError("unsupportedContentEncoding");
}

/** The whole body as text, refusing it as soon as it passes the parameters cap. */
async function readCapped(body: ReadableStream<Uint8Array>, params: RawParamsCollector): Promise<string> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body) {
    length += chunk.byteLength;
    if (length > MAX_PARAMETERS_LENGTH) throw apiError("tooManyParameters");
    chunks.push(chunk);
  }
  params.count(length);
  return Buffer.concat(chunks).toString("utf8");
}

async function readRawFile(body: ReadableStream<Uint8Array>, contentType: string, params: RawParamsCollector) {
  let writer: Awaited<ReturnType<RawParamsCollector["file"]>> | undefined;
  for await (const chunk of body) {
    if (chunk.byteLength === 0) continue;
    writer ??= await params.file({ name: "file", filename: "", contentType });
    await writer.write(chunk);
  }
  await writer?.finish();
}
