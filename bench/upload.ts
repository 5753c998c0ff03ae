/**
 * Benchmark (not a test): a 1 GB multipart upload in --local mode must raise the
 * process's RSS by less than 64 MB, because file parts stream to the temp dir.
 * Run: bun bench/upload.ts [size in MB, default 1024]
 */
import type { Server } from "bun";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../src/cli/config.ts";
import { createHttpApp } from "../src/http/app.ts";
import { serve } from "../src/http/serve.ts";
import { createMethodTable } from "../src/methods/table.ts";
import type { UploadedFile } from "../src/methods/types.ts";
import { Hooks } from "../src/plugins/hooks.ts";

const MB = 1024 * 1024;
const TARGET_DELTA_MB = 64;
const size = Number(process.argv[2] ?? 1024) * MB;

const dir = mkdtempSync(join(tmpdir(), "tgrest-bench-"));
const config: Config = {
  local: true,
  httpPort: 0,
  httpIpAddress: "127.0.0.1",
  dir,
  tempDir: dir,
  verbosity: 0,
  allowUsers: false,
  allowUsersRegistration: false,
  plugins: [],
};
const table = createMethodTable();
table.implement("sendDocument", (_ctx, params) => ({ size: (params.document as UploadedFile).size }));
const server = serve(createHttpApp({ config, table, hooks: new Hooks() }), config).server as Server<unknown>;

/** A multipart body generated chunk by chunk as the connection asks for it. */
function multipartBody(boundary: string, fileBytes: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(256 * 1024).map((_, i) => i % 251);
  let sent = 0;
  let stage: "head" | "file" | "tail" | "done" = "head";
  return new ReadableStream({
    pull(controller) {
      if (stage === "head") {
        controller.enqueue(encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n1\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="big.bin"\r\n` +
            "Content-Type: application/octet-stream\r\n\r\n",
        ));
        stage = "file";
      } else if (stage === "file") {
        const n = Math.min(chunk.length, fileBytes - sent);
        controller.enqueue(n === chunk.length ? chunk : chunk.subarray(0, n));
        sent += n;
        if (sent === fileBytes) stage = "tail";
      } else if (stage === "tail") {
        controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
        stage = "done";
      } else {
        controller.close();
      }
    },
  });
}

const rssMb = () => process.memoryUsage.rss() / MB;
Bun.gc(true);
const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);

const started = performance.now();
const response = await fetch(`http://127.0.0.1:${server.port}/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendDocument`, {
  method: "POST",
  headers: { "content-type": "multipart/form-data; boundary=bench-boundary" },
  body: multipartBody("bench-boundary", size),
});
const answer = (await response.json()) as { ok: boolean; result?: { size: number } };
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, rssMb());
Bun.gc(true);
const after = rssMb();

await server.stop(true);
rmSync(dir, { recursive: true, force: true });

const delta = peak - before;
console.log(`answer: ${JSON.stringify(answer)}`);
console.log(`uploaded ${(size / MB).toFixed(0)} MB in ${seconds.toFixed(2)} s: ${(size / MB / seconds).toFixed(0)} MB/s`);
console.log(`RSS before ${before.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, after ${after.toFixed(1)} MB`);
console.log(`RSS delta (peak - before) ${delta.toFixed(1)} MB, target < ${TARGET_DELTA_MB} MB: ${delta < TARGET_DELTA_MB ? "PASS" : "FAIL"}`);
if (answer.result?.size !== size || delta >= TARGET_DELTA_MB) process.exitCode = 1;
