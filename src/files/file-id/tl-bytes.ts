/**
 * The little-endian TL primitives TDLib's storers write into file ids: int32, int64 and
 * TL `bytes` (length prefix, then padding to a multiple of four).
 */
import { FileIdError } from "./errors.ts";

export class TlWriter {
  private readonly chunks: number[] = [];

  int32(value: number): this {
    const view = new DataView(new ArrayBuffer(4));
    view.setInt32(0, value, true);
    this.raw(new Uint8Array(view.buffer));
    return this;
  }

  int64(value: bigint): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigInt64(0, BigInt.asIntN(64, value), true);
    this.raw(new Uint8Array(view.buffer));
    return this;
  }

  bytes(value: Uint8Array): this {
    const head = value.length < 254 ? [value.length] : [254, value.length & 0xff, (value.length >> 8) & 0xff, value.length >> 16];
    this.raw(Uint8Array.from(head)).raw(value);
    for (let n = (head.length + value.length) % 4; n !== 0 && n < 4; n++) this.chunks.push(0);
    return this;
  }

  string(value: string): this {
    return this.bytes(new TextEncoder().encode(value));
  }

  raw(value: Uint8Array): this {
    for (const byte of value) this.chunks.push(byte);
    return this;
  }

  result(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

export class TlReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  int32(): number {
    this.need(4);
    const value = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }

  int64(): bigint {
    this.need(8);
    const value = this.view.getBigInt64(this.offset, true);
    this.offset += 8;
    return value;
  }

  bytes(): Uint8Array {
    this.need(1);
    let length = this.data[this.offset]!;
    let head = 1;
    if (length === 254) {
      this.need(4);
      length = this.data[this.offset + 1]! | (this.data[this.offset + 2]! << 8) | (this.data[this.offset + 3]! << 16);
      head = 4;
    } else if (length === 255) {
      throw new FileIdError("unserialize", "bytes length 255");
    }
    const padded = Math.ceil((head + length) / 4) * 4;
    this.need(padded);
    const value = this.data.slice(this.offset + head, this.offset + head + length);
    this.offset += padded;
    return value;
  }

  string(): string {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(this.bytes());
    } catch (error) {
      if (error instanceof FileIdError) throw error;
      throw new FileIdError("unserialize", "string is not UTF-8");
    }
  }

  /** TDLib's `fetch_end`: trailing bytes make the whole id invalid. */
  end(): void {
    if (this.offset !== this.data.length) throw new FileIdError("unserialize", "trailing bytes");
  }

  private need(count: number): void {
    if (this.offset + count > this.data.length) throw new FileIdError("unserialize", "too short");
  }
}
