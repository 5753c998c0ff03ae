/**
 * Collects one request's parameters from the query string and the body, with the
 * official's rules: the first value of a name wins (the query string is read first, so
 * it wins over the body), parameters total at most 1 MiB, at most 50 files.
 */
import { apiError } from "../methods/errors.ts";
import type { RawParams, UploadedFile } from "../methods/types.ts";
import type { FilePartWriter, MultipartSink } from "./multipart.ts";
import type { PartHeaders } from "./part-headers.ts";
import type { TempFiles } from "./temp-files.ts";
import { parseUrlencoded } from "./urlencoded.ts";

export const MAX_PARAMETERS_LENGTH = 1 << 20;
export const MAX_FILES = 50;

export class RawParamsCollector implements MultipartSink {
  private readonly strings = new Map<string, string>();
  private readonly files = new Map<string, UploadedFile>();
  private fileCount = 0;
  private length = 0;

  constructor(private readonly temp: TempFiles) {}

  /** Counts raw parameter text (a query string, a form or JSON body) against the cap. */
  count(bytes: number): void {
    this.length += bytes;
    if (this.length > MAX_PARAMETERS_LENGTH) throw apiError("tooManyParameters");
  }

  add(pairs: Iterable<[string, string]>): void {
    for (const [name, value] of pairs) if (!this.strings.has(name)) this.strings.set(name, value);
  }

  field(part: PartHeaders, value: Buffer): void {
    if (this.length + value.length > MAX_PARAMETERS_LENGTH) throw apiError("tooManyFormParameters");
    const text = value.toString("utf8");
    // A part typed as a form holds more parameters, as in the official.
    if (part.contentType.startsWith("application/x-www-form-urlencoded")) {
      this.count(value.length);
      this.add(parseUrlencoded(text));
    } else {
      this.length += value.length;
      this.add([[part.name, text]]);
    }
  }

  async file(part: PartHeaders): Promise<FilePartWriter> {
    if (this.fileCount === MAX_FILES) throw apiError("tooManyFiles");
    this.fileCount++;
    return this.temp.create(part.filename ?? "", part.contentType, (file) => {
      if (!this.files.has(part.name)) this.files.set(part.name, file);
    });
  }

  /** A string wins over a file part of the same name, as the official reads strings first. */
  result(): RawParams {
    const raw: RawParams = new Map(this.strings);
    for (const [name, file] of this.files) if (!raw.has(name)) raw.set(name, file);
    return raw;
  }
}
