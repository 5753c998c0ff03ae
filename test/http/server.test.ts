import { afterAll, expect, test } from "bun:test";
import type { Server } from "bun";
import { serve } from "../../src/http/serve.ts";
import type { UploadedFile } from "../../src/methods/types.ts";
import { TOKEN, testApp } from "./helpers.ts";

const gateway = testApp();
gateway.table.implement("sendDocument", (_ctx, params) => ({ size: (params.document as UploadedFile).size }));
const server = serve(gateway.app, gateway.config).server as Server<unknown>;
afterAll(async () => {
  await server.stop(true);
  gateway.cleanup();
});

/** Sends raw bytes on a socket and collects what comes back until the server closes or answers fully. */
function rawExchange(steps: (socket: { write(data: string | Uint8Array): void }, received: () => string) => Promise<void>) {
  let text = "";
  return new Promise<string>((resolve, reject) => {
    Bun.connect({
      hostname: "127.0.0.1",
      port: server.port!,
      socket: {
        data(_socket, data) {
          text += data.toString();
        },
        close() {
          resolve(text);
        },
        error(_socket, error) {
          reject(error);
        },
      },
    }).then(async (socket) => {
      await steps(socket, () => text);
      socket.end();
    }, reject);
  });
}

async function until(condition: () => boolean) {
  while (!condition()) await Bun.sleep(5);
}

test("Expect: 100-continue is answered before the body is sent", async () => {
  const body = "chat_id=1";
  const reply = await rawExchange(async (socket, received) => {
    socket.write(`POST /bot${TOKEN}/sendMessage HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
    await until(() => received().includes("100 Continue"));
    socket.write(body);
    await until(() => received().includes("}"));
  });
  expect(reply.startsWith("HTTP/1.1 100 Continue\r\n\r\n")).toBe(true);
  expect(reply).toContain('{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}');
});

test("a streamed multipart upload reaches the handler through a real socket", async () => {
  const boundary = "b0undary";
  const size = 5 * 1024 * 1024;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n1\r\n--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="big.bin"\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const chunk = new Uint8Array(64 * 1024).fill(97);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      for (let sent = 0; sent < size; sent += chunk.length) controller.enqueue(chunk);
      controller.enqueue(new TextEncoder().encode(tail));
      controller.close();
    },
  });
  const response = await fetch(`http://127.0.0.1:${server.port}/bot${TOKEN}/sendDocument`, {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body: stream,
  });
  expect(await response.json()).toEqual({ ok: true, result: { size } });
  expect(gateway.leftovers()).toEqual([]);
});
