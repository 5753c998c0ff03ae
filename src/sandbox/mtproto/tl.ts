/**
 * A minimal TL reader/writer for the MTProto service layer (handshake and service
 * messages), which the server encodes itself: longs as native bigint, int128/int256 as the
 * raw little-endian bytes. API objects go through GramJS's classes instead.
 * https://core.telegram.org/mtproto/serialize
 */
export class TlReader {
  offset = 0;
  constructor(readonly buf: Buffer) {}

  int(): number {
    this.need(4);
    const v = this.buf.readInt32LE(this.offset);
    this.offset += 4;
    return v;
  }
  uint(): number {
    return this.int() >>> 0;
  }
  long(): bigint {
    this.need(8);
    const v = this.buf.readBigInt64LE(this.offset);
    this.offset += 8;
    return v;
  }
  raw(n: number): Buffer {
    this.need(n);
    const v = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }
  bytes(): Buffer {
    this.need(1);
    let len = this.buf[this.offset]!;
    let head = 1;
    if (len === 254) {
      this.need(4);
      len = this.buf.readUIntLE(this.offset + 1, 3);
      head = 4;
    }
    this.offset += head;
    const v = this.raw(len);
    this.offset += (4 - ((head + len) % 4)) % 4;
    return v;
  }
  /** A boxed Vector<long>. */
  longVector(): bigint[] {
    if (this.uint() !== VECTOR) throw new Error("vector expected");
    const n = this.int();
    if (n < 0 || n > (this.buf.length - this.offset) / 8) throw new Error("bad vector length");
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) out.push(this.long());
    return out;
  }
  get remaining(): number {
    return this.buf.length - this.offset;
  }
  private need(n: number): void {
    if (this.offset + n > this.buf.length) throw new RangeError("TL object truncated");
  }
}

export const VECTOR = 0x1cb5c415;

export class TlWriter {
  private parts: Buffer[] = [];

  int(v: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeInt32LE(v | 0);
    this.parts.push(b);
    return this;
  }
  uint(v: number): this {
    const b = Buffer.allocUnsafe(4);
    b.writeUInt32LE(v >>> 0);
    this.parts.push(b);
    return this;
  }
  long(v: bigint): this {
    const b = Buffer.allocUnsafe(8);
    b.writeBigInt64LE(BigInt.asIntN(64, v));
    this.parts.push(b);
    return this;
  }
  raw(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  bytes(data: Buffer): this {
    const head =
      data.length < 254
        ? Buffer.from([data.length])
        : Buffer.from([254, data.length & 0xff, (data.length >> 8) & 0xff, (data.length >> 16) & 0xff]);
    const pad = (4 - ((head.length + data.length) % 4)) % 4;
    this.parts.push(head, data, Buffer.alloc(pad));
    return this;
  }
  longVector(values: readonly bigint[]): this {
    this.uint(VECTOR).int(values.length);
    for (const v of values) this.long(v);
    return this;
  }
  build(): Buffer {
    return Buffer.concat(this.parts);
  }
}
