/**
 * MTProto transports on TCP, server side: detects abridged / intermediate / padded
 * intermediate / full from the first bytes, and the obfuscated wrapper (64-byte random
 * header, AES-256-CTR both ways) around the first three.
 * https://core.telegram.org/mtproto/mtproto-transports
 * https://core.telegram.org/mtproto/mtproto-transports#transport-obfuscation
 */
import { createCipheriv, randomBytes, randomInt, type Cipheriv } from "node:crypto";
import { crc32 } from "node:zlib";

export type Framing = "abridged" | "intermediate" | "padded" | "full";

/** A malformed stream: the connection is closed. */
export class TransportError extends Error {}

/** Largest packet accepted from a client (Telegram caps requests near 1 MB; uploads are 512 KB parts). */
const MAX_PACKET = 16 * 1024 * 1024;

const TAGS: Record<number, Framing> = { 0xefefefef: "abridged", 0xeeeeeeee: "intermediate", 0xdddddddd: "padded" };
const HTTP_STARTS = ["POST", "GET ", "HEAD", "OPTI", "PUT "];

export class TransportCodec {
  framing?: Framing;
  obfuscated = false;
  private pending: Buffer = Buffer.alloc(0);
  private decrypt?: Cipheriv;
  private encrypt?: Cipheriv;
  private recvSeq = 0;
  private sendSeq = 0;

  /** Feeds raw socket bytes; returns the complete packets they finish. */
  push(chunk: Buffer): Buffer[] {
    if (this.decrypt) chunk = this.decrypt.update(chunk);
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    if (!this.framing && !this.detect()) return [];
    const packets: Buffer[] = [];
    for (;;) {
      const packet = this.nextPacket();
      if (!packet) break;
      packets.push(packet);
    }
    return packets;
  }

  /** Frames (and obfuscates) one packet for the client. */
  encode(payload: Buffer): Buffer {
    let framed: Buffer;
    switch (this.framing) {
      case "abridged": {
        const words = payload.length >> 2;
        const head = words < 0x7f ? Buffer.from([words]) : Buffer.from([0x7f, words & 0xff, (words >> 8) & 0xff, (words >> 16) & 0xff]);
        framed = Buffer.concat([head, payload]);
        break;
      }
      case "intermediate":
      case "padded": {
        const pad = this.framing === "padded" ? randomBytes(randomInt(16)) : Buffer.alloc(0);
        const head = Buffer.allocUnsafe(4);
        head.writeUInt32LE(payload.length + pad.length);
        framed = Buffer.concat([head, payload, pad]);
        break;
      }
      case "full": {
        const head = Buffer.allocUnsafe(8);
        head.writeInt32LE(payload.length + 12, 0);
        head.writeInt32LE(this.sendSeq++, 4);
        const crc = Buffer.allocUnsafe(4);
        crc.writeUInt32LE(crc32(payload, crc32(head)));
        framed = Buffer.concat([head, payload, crc]);
        break;
      }
      default:
        throw new TransportError("transport not detected yet");
    }
    return this.encrypt ? this.encrypt.update(framed) : framed;
  }

  /** A transport error: a packet whose 4-byte body is the negative code. */
  encodeError(code: number): Buffer {
    const body = Buffer.allocUnsafe(4);
    body.writeInt32LE(code);
    return this.encode(body);
  }

  private detect(): boolean {
    const b = this.pending;
    if (b.length < 1) return false;
    if (b[0] === 0xef) return this.take(1, "abridged");
    if (b.length < 4) return false;
    const tag = TAGS[b.readUInt32LE(0)];
    if (tag === "intermediate" || tag === "padded") return this.take(4, tag);
    if (HTTP_STARTS.includes(b.subarray(0, 4).toString("latin1"))) throw new TransportError("HTTP transport is not supported");
    if (b.length < 8) return false;
    if (b.readUInt32LE(4) === 0) {
      this.framing = "full";
      return true;
    }
    if (b.length < 64) return false;
    return this.startObfuscation();
  }

  private take(n: number, framing: Framing): true {
    this.pending = this.pending.subarray(n);
    this.framing = framing;
    return true;
  }

  private startObfuscation(): boolean {
    const header = this.pending.subarray(0, 64);
    const reversed = Buffer.from(header.subarray(8, 56)).reverse();
    this.decrypt = createCipheriv("aes-256-ctr", header.subarray(8, 40), header.subarray(40, 56));
    this.encrypt = createCipheriv("aes-256-ctr", reversed.subarray(0, 32), reversed.subarray(32, 48));
    const plainHeader = this.decrypt.update(header);
    const framing = TAGS[plainHeader.readUInt32LE(56)];
    if (!framing) throw new TransportError("unknown obfuscated transport tag");
    this.obfuscated = true;
    this.framing = framing;
    // Bytes after the header arrived encrypted and were not yet decrypted.
    const rest = this.pending.subarray(64);
    this.pending = rest.length ? this.decrypt.update(rest) : Buffer.alloc(0);
    return true;
  }

  private nextPacket(): Buffer | undefined {
    const b = this.pending;
    let head: number;
    let len: number;
    switch (this.framing) {
      case "abridged": {
        if (b.length < 1) return undefined;
        len = b[0]! & 0x7f; // the high bit asks for a quick ack, which we do not send
        head = 1;
        if (len === 0x7f) {
          if (b.length < 4) return undefined;
          len = b.readUIntLE(1, 3);
          head = 4;
        }
        len *= 4;
        break;
      }
      case "intermediate":
      case "padded": {
        if (b.length < 4) return undefined;
        len = b.readUInt32LE(0) & 0x7fffffff;
        head = 4;
        break;
      }
      case "full": {
        if (b.length < 8) return undefined;
        const total = b.readInt32LE(0);
        if (total < 12 || total > MAX_PACKET) throw new TransportError("bad TCPFull length");
        if (b.length < total) return undefined;
        if (b.readInt32LE(4) !== this.recvSeq) throw new TransportError("bad TCPFull seq_no");
        if (crc32(b.subarray(0, total - 4)) !== b.readUInt32LE(total - 4)) throw new TransportError("bad TCPFull crc32");
        this.recvSeq++;
        this.pending = b.subarray(total);
        return b.subarray(8, total - 4);
      }
      default:
        return undefined;
    }
    if (len > MAX_PACKET) throw new TransportError("packet too large");
    if (b.length < head + len) return undefined;
    let packet = b.subarray(head, head + len);
    this.pending = b.subarray(head + len);
    if (this.framing === "padded") packet = stripPadding(packet);
    return packet;
  }
}

/**
 * Padded intermediate appends 0-15 random bytes: the MTProto envelope itself tells the
 * real length (plain messages carry it; encrypted ones are 24 + a multiple of 16 bytes).
 */
function stripPadding(packet: Buffer): Buffer {
  if (packet.length < 24) return packet;
  if (packet.readBigUInt64LE(0) === 0n) return packet.subarray(0, Math.min(packet.length, 20 + packet.readInt32LE(16)));
  return packet.subarray(0, 24 + Math.floor((packet.length - 24) / 16) * 16);
}
