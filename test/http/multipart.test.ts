import { afterAll, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { MultipartParser } from "../../src/http/multipart.ts";
import { RawParamsCollector } from "../../src/http/raw-params.ts";
import { TempFiles } from "../../src/http/temp-files.ts";
import { BotApiError, type UploadedFile } from "../../src/methods/types.ts";
import { testConfig } from "./helpers.ts";

const config = testConfig();
afterAll(() => import("node:fs").then((fs) => fs.rmSync(config.dir, { recursive: true, force: true })));

const boundary = "XyZ-boundary";
// File content that contains pieces of the boundary, to be mistaken for none of them.
const content = `png\r\n--${boundary.slice(0, 5)} bytes\r\n-\r`;
const body = Buffer.from(
  [
    "preamble to skip",
    `--${boundary}`,
    'Content-Disposition: form-data; name="chat_id"',
    "",
    "-100123",
    `--${boundary}`,
    'Content-Disposition: form-data; name="photo"; filename="../../etc/pic.png"',
    "Content-Type: image/png",
    "",
    content,
    `--${boundary}`,
    "Content-Disposition: form-data; name=form",
    "Content-Type: application/x-www-form-urlencoded",
    "",
    "caption=a%20b&chat_id=ignored",
    `--${boundary}--`,
    "epilogue",
  ].join("\r\n"),
);

async function parseInChunks(bytes: Buffer, size: number, at?: number) {
  const temp = new TempFiles(config.tempDir, 1 << 20);
  const params = new RawParamsCollector(temp);
  const parser = new MultipartParser(boundary, params);
  const cuts = at === undefined ? [] : [at];
  if (at === undefined) for (let i = size; i < bytes.length; i += size) cuts.push(i);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    await parser.push(bytes.subarray(from, cut));
    from = cut;
  }
  parser.end();
  return { raw: params.result(), temp };
}

test("parts are found wherever the chunks are cut", async () => {
  for (let at = 1; at < body.length; at++) {
    const { raw, temp } = await parseInChunks(body, 0, at);
    const photo = raw.get("photo") as UploadedFile;
    expect(raw.get("chat_id")).toBe("-100123");
    expect(raw.get("caption")).toBe("a b");
    expect(photo).toMatchObject({ kind: "file", filename: "../../etc/pic.png", mimeType: "image/png" });
    expect(photo.path.endsWith("/pic.png")).toBe(true);
    expect(readFileSync(photo.path, "utf8")).toBe(content);
    expect(photo.size).toBe(Buffer.byteLength(content));
    await temp.removeAll();
  }
});

test("byte-by-byte input works too", async () => {
  const { raw, temp } = await parseInChunks(body, 1);
  expect(raw.get("chat_id")).toBe("-100123");
  await temp.removeAll();
});

test("a body without its closing boundary is an unexpected end", async () => {
  const cut = body.subarray(0, body.indexOf(`--${boundary}--`));
  const error = await parseInChunks(cut, 64).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BotApiError);
  expect((error as BotApiError).description).toBe("Bad Request: unexpected end of request content");
});
