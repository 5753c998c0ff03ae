/**
 * Why a file_id was refused, worded as TDLib words it (the official server sends these
 * after "Bad Request: "). One table, so handlers never spell them.
 */
export const FILE_ID_TEXTS = {
  empty: "Remote file identifier must be non-empty",
  wrongLastSymbol: "Wrong remote file identifier specified: can't unserialize it. Wrong last symbol",
  unserialize: "Wrong remote file identifier specified: can't unserialize it",
  invalid: "Invalid remote file identifier",
  base64Padding: "Wrong remote file identifier specified: Wrong string padding",
  base64PaddingLength: "Wrong remote file identifier specified: Wrong padding length",
  base64Length: "Wrong remote file identifier specified: Wrong string length",
  base64Character: "Wrong remote file identifier specified: Wrong character in the string",
  base64Bits: "Wrong remote file identifier specified: Wrong padding in the string",
} as const;

export type FileIdTextKey = keyof typeof FILE_ID_TEXTS;

/** A file_id that cannot be read; `reason` says where, for logs and tests. */
export class FileIdError extends Error {
  constructor(
    readonly key: FileIdTextKey,
    readonly reason?: string,
  ) {
    super(FILE_ID_TEXTS[key]);
    this.name = "FileIdError";
  }
}
