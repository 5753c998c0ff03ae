/**
 * A streaming multipart/form-data reader: parts are found as the body arrives and file
 * parts go to their writer chunk by chunk, so no file is ever held whole in memory.
 * Only the unmatched tail of the boundary (≤ 73 bytes) is kept between chunks.
 */
import { apiError } from "../methods/errors.ts";
import { type PartHeaders, parsePartHeaders } from "./part-headers.ts";

export interface FilePartWriter {
  write(bytes: Uint8Array): Promise<void>;
  finish(): Promise<void>;
}

export interface MultipartSink {
  field(part: PartHeaders, value: Buffer): void;
  file(part: PartHeaders): Promise<FilePartWriter>;
}

/** The official's caps on all part headers together and on one value part. */
const MAX_HEADERS_LENGTH = 1 << 18;
const MAX_VALUE_LENGTH = 1 << 20;
const EMPTY = Buffer.alloc(0);
const HEADERS_END = Buffer.from("\r\n\r\n");

type State = "preamble" | "afterBoundary" | "headers" | "value" | "file" | "epilogue";

export async function readMultipart(body: AsyncIterable<Uint8Array>, boundary: string, sink: MultipartSink) {
  const parser = new MultipartParser(boundary, sink);
  for await (const chunk of body) await parser.push(chunk);
  parser.end();
}

export class MultipartParser {
  private buffer: Buffer = EMPTY;
  private state: State = "preamble";
  private readonly first: Buffer;
  private readonly delimiter: Buffer;
  private headersLength = 0;
  private part?: PartHeaders;
  private writer?: FilePartWriter;

  constructor(
    boundary: string,
    private readonly sink: MultipartSink,
  ) {
    this.first = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  async push(chunk: Uint8Array): Promise<void> {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.state === "file" && (await this.flushTail(bytes))) this.buffer = EMPTY;
    this.buffer = this.buffer.length === 0 ? bytes : Buffer.concat([this.buffer, bytes]);
    while (await this.step());
  }

  /** The body is over: it must have ended with the closing boundary. */
  end(): void {
    if (this.state !== "epilogue") throw apiError("unexpectedEnd");
  }

  /** Advances one state; false when more bytes are needed. */
  private async step(): Promise<boolean> {
    switch (this.state) {
      case "preamble":
        return this.skipPreamble();
      case "afterBoundary":
        if (this.buffer.length < 2) return false;
        this.state = this.buffer[0] === 0x2d && this.buffer[1] === 0x2d ? "epilogue" : "headers";
        return true;
      case "headers":
        return this.readHeaders();
      case "value":
        return this.readValue();
      case "file":
        return this.readFile();
      case "epilogue":
        this.buffer = EMPTY;
        return false;
    }
  }

  private skipPreamble(): boolean {
    const at = this.buffer.indexOf(this.first);
    if (at < 0) {
      this.buffer = this.tail(this.first.length - 1);
      return false;
    }
    this.buffer = this.buffer.subarray(at + this.first.length);
    this.state = "afterBoundary";
    return true;
  }

  private async readHeaders(): Promise<boolean> {
    const at = this.buffer.indexOf(HEADERS_END);
    if (this.headersLength + (at < 0 ? this.buffer.length : at) > MAX_HEADERS_LENGTH) {
      throw apiError("headersTooLarge");
    }
    if (at < 0) return false;
    if (at === 0) throw apiError("partHeadersEmpty");
    this.headersLength += at;
    // The boundary line's own CRLF comes first.
    const part = parsePartHeaders(this.buffer.toString("utf8", 2, at));
    this.buffer = this.buffer.subarray(at + HEADERS_END.length);
    this.part = part;
    if (part.filename !== undefined) {
      this.writer = await this.sink.file(part);
      this.state = "file";
    } else {
      this.state = "value";
    }
    return true;
  }

  private readValue(): boolean {
    const at = this.buffer.indexOf(this.delimiter);
    if (at < 0) {
      if (this.buffer.length > MAX_VALUE_LENGTH) throw apiError("tooManyFormParameters");
      return false;
    }
    this.sink.field(this.part!, this.buffer.subarray(0, at));
    this.afterPart(at);
    return true;
  }

  private async readFile(): Promise<boolean> {
    const at = this.buffer.indexOf(this.delimiter);
    if (at >= 0) {
      if (at > 0) await this.writer!.write(this.buffer.subarray(0, at));
      await this.writer!.finish();
      this.writer = undefined;
      this.afterPart(at);
      return true;
    }
    const keep = this.delimiter.length - 1;
    if (this.buffer.length > keep) {
      await this.writer!.write(this.buffer.subarray(0, this.buffer.length - keep));
      this.buffer = this.tail(keep);
    }
    return false;
  }

  /**
   * Inside a file, the kept tail is file content unless a delimiter starts in it; if
   * not, write it out so the new chunk is scanned as it is, without copying it (a copy
   * per chunk is garbage the GC frees late, and RSS would grow with the upload).
   */
  private async flushTail(next: Buffer): Promise<boolean> {
    const tail = this.buffer;
    if (tail.length === 0) return true;
    if (next.length < this.delimiter.length - 1) return false;
    const straddle = Buffer.concat([tail, next.subarray(0, this.delimiter.length - 1)]);
    const at = straddle.indexOf(this.delimiter);
    if (at >= 0 && at < tail.length) return false;
    await this.writer!.write(tail);
    return true;
  }

  private afterPart(delimiterAt: number): void {
    this.buffer = this.buffer.subarray(delimiterAt + this.delimiter.length);
    this.state = "afterBoundary";
  }

  /** The last `length` bytes, copied so the big chunk they came from can be freed. */
  private tail(length: number): Buffer {
    return Buffer.from(this.buffer.subarray(Math.max(0, this.buffer.length - length)));
  }
}
