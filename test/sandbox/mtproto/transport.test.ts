/**
 * Server-side transport framing: detection from the first bytes, every framing, the
 * obfuscated wrapper, byte-by-byte arrival, and refusal of malformed streams.
 * https://core.telegram.org/mtproto/mtproto-transports
 */
import { describe, expect, test } from "bun:test";
import { createCipheriv, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import "telegram"; // initializes GramJS's modules in order (its connection files import each other)
import { AbridgedPacketCodec } from "telegram/network/connection/TCPAbridged";
import { FullPacketCodec } from "telegram/network/connection/TCPFull";
import { TransportCodec, TransportError } from "../../../src/sandbox/mtproto/transport.ts";

/** A plain MTProto message of `n` body bytes (auth_key_id 0, so padding can be stripped). */
function plainMessage(n: number): Buffer {
  const m = Buffer.concat([Buffer.alloc(8), randomBytes(8), Buffer.alloc(4), randomBytes(n)]);
  m.writeInt32LE(n, 16);
  return m;
}

const client = {
  abridged: (p: Buffer) => new AbridgedPacketCodec(undefined as never).encodePacket(p) as unknown as Buffer,
  /** TCPFull numbers packets per connection, so each stream needs its own codec. */
  fullStream: () => {
    const codec = new FullPacketCodec(undefined as never);
    return (p: Buffer) => codec.encodePacket(p) as unknown as Buffer;
  },
  intermediate: (p: Buffer) => Buffer.concat([Buffer.from(Uint32Array.of(p.length).buffer), p]),
  padded: (p: Buffer) => {
    const pad = randomBytes(7);
    return Buffer.concat([Buffer.from(Uint32Array.of(p.length + pad.length).buffer), p, pad]);
  },
};

const tags = { abridged: "efefefef", intermediate: "eeeeeeee", padded: "dddddddd" } as const;

/** The client's 64-byte obfuscation header and its two ciphers, built from the docs. */
function obfuscation(tag: string) {
  let header: Buffer;
  do header = randomBytes(64);
  while (header[0] === 0xef || header.readUInt32LE(4) === 0);
  Buffer.from(tag, "hex").copy(header, 56);
  const enc = createCipheriv("aes-256-ctr", header.subarray(8, 40), header.subarray(40, 56));
  const rev = Buffer.from(header.subarray(8, 56)).reverse();
  const dec = createCipheriv("aes-256-ctr", rev.subarray(0, 32), rev.subarray(32, 48));
  const encrypted = enc.update(header);
  const wire = Buffer.concat([header.subarray(0, 56), encrypted.subarray(56, 64)]);
  return { wire, enc, dec };
}

function feedBytewise(codec: TransportCodec, data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i++) out.push(...codec.push(data.subarray(i, i + 1)));
  return out;
}

describe("plain transports", () => {
  const cases: [string, Buffer, (p: Buffer) => Buffer][] = [
    ["abridged", Buffer.from([0xef]), client.abridged],
    ["intermediate", Buffer.from(tags.intermediate, "hex"), client.intermediate],
    ["padded", Buffer.from(tags.padded, "hex"), client.padded],
    ["full", Buffer.alloc(0), client.fullStream()],
  ];
  test.each(cases)("%s: packets of 40 B and 2 KB, fed byte by byte, and the answer framing", (name, prefix, frame) => {
    const codec = new TransportCodec();
    const packets = [plainMessage(20), plainMessage(2000)];
    const got = feedBytewise(codec, Buffer.concat([prefix, ...packets.map(frame)]));
    expect(codec.framing).toBe(name as never);
    expect(got).toEqual(packets);
    const answer = codec.encode(plainMessage(600));
    expect(answer.length).toBeGreaterThanOrEqual(620);
  });

  test("abridged answers use the 0x7f form for 508 bytes and more", () => {
    const codec = new TransportCodec();
    codec.push(Buffer.from([0xef]));
    expect(codec.encode(Buffer.alloc(504))[0]).toBe(126);
    expect([...codec.encode(Buffer.alloc(508)).subarray(0, 4)]).toEqual([0x7f, 127, 0, 0]);
  });

  test("full: answers count their own seq_no and carry a CRC32", () => {
    const codec = new TransportCodec();
    codec.push(client.fullStream()(plainMessage(20)));
    for (const seq of [0, 1]) {
      const framed = codec.encode(Buffer.alloc(24));
      expect(framed.readInt32LE(4)).toBe(seq);
      expect(framed.readUInt32LE(framed.length - 4)).toBe(crc32(framed.subarray(0, -4)));
    }
  });

  test("transport errors are a packet with the negative code", () => {
    const codec = new TransportCodec();
    codec.push(Buffer.from([0xef]));
    expect([...codec.encodeError(-404)]).toEqual([1, 0x6c, 0xfe, 0xff, 0xff]);
  });
});

describe("obfuscated transports", () => {
  test.each(["abridged", "intermediate", "padded"] as const)("%s inside AES-256-CTR, both ways", (name) => {
    const { wire, enc, dec } = obfuscation(tags[name]);
    const packets = [plainMessage(20), plainMessage(3000)];
    const body = enc.update(Buffer.concat(packets.map(name === "abridged" ? client.abridged : name === "padded" ? client.padded : client.intermediate)));
    const codec = new TransportCodec();
    const got = [...codec.push(Buffer.concat([wire, body.subarray(0, 5)])), ...codec.push(body.subarray(5))];
    expect(codec.obfuscated).toBe(true);
    expect(codec.framing).toBe(name);
    expect(got).toEqual(packets);
    const answer = plainMessage(100);
    const decrypted = dec.update(codec.encode(answer));
    expect(decrypted.includes(answer)).toBe(true);
  });

  test("an unknown tag in the header is refused", () => {
    const { wire } = obfuscation("01020304");
    expect(() => new TransportCodec().push(wire)).toThrow(TransportError);
  });
});

describe("malformed streams", () => {
  test("HTTP is refused", () => {
    expect(() => new TransportCodec().push(Buffer.from("POST /api HTTP/1.1\r\n"))).toThrow(TransportError);
  });

  test("full: a wrong CRC32 or seq_no is refused", () => {
    const bad = client.fullStream()(plainMessage(20));
    bad[bad.length - 1]! ^= 1;
    expect(() => new TransportCodec().push(bad)).toThrow(TransportError);
    const codec = new TransportCodec();
    const frame = new FullPacketCodec(undefined as never);
    codec.push(frame.encodePacket(plainMessage(20)) as unknown as Buffer);
    frame.encodePacket(plainMessage(20)); // skip seq_no 1
    expect(() => codec.push(frame.encodePacket(plainMessage(20)) as unknown as Buffer)).toThrow(TransportError);
  });

  test("a packet larger than 16 MB is refused before it arrives", () => {
    const codec = new TransportCodec();
    expect(() => codec.push(Buffer.from([0xef, 0x7f, 0xff, 0xff, 0xff]))).toThrow(TransportError);
  });
});
