/**
 * The headers of one multipart/form-data part and the boundary of the whole body,
 * read as the official HttpReader reads them (same leniency, same error texts).
 */
import { apiError } from "../methods/errors.ts";
import { decodePercent } from "./urlencoded.ts";

export interface PartHeaders {
  name: string;
  /** Present (possibly empty) when the part is a file. */
  filename?: string;
  contentType: string;
}

const MAX_BOUNDARY_LENGTH = 70;

/** The boundary from a Content-Type value; the caller knows it is multipart/form-data. */
export function multipartBoundary(contentType: string): string {
  const at = contentType.toLowerCase().indexOf("boundary");
  if (at < 0) throw apiError("boundaryNotFound");
  const eq = contentType.indexOf("=", at + 8);
  if (eq < 0) throw apiError("boundaryValueNotFound");
  const semicolon = contentType.indexOf(";", eq + 1);
  let value = contentType.slice(eq + 1, semicolon < 0 ? undefined : semicolon);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  if (value === "" || value.length > MAX_BOUNDARY_LENGTH) throw apiError("boundaryBad");
  return value;
}

/** "Name: value" lines (continuation lines folded in) → the part's name, filename, type. */
export function parsePartHeaders(text: string): PartHeaders {
  const headers: PartHeaders = { name: "", contentType: "application/octet-stream" };
  for (const line of text.replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    if (line === "") continue;
    const colon = line.indexOf(":");
    if (colon < 0) throw apiError("partHeadersUnparsable");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === "content-type") headers.contentType = value;
    else if (name === "content-disposition") readDisposition(value, headers);
  }
  if (headers.name === "") throw apiError("partNoName");
  return headers;
}

/** `form-data; name="x"; filename="y"`: quoted strings with "\" escapes, or tokens. */
function readDisposition(value: string, into: PartHeaders): void {
  if (!value.startsWith("form-data;")) throw apiError("partDisposition");
  let rest = value.slice(10);
  for (;;) {
    rest = rest.trim();
    const eq = rest.indexOf("=");
    if (eq < 0) return;
    const key = rest.slice(0, eq).trim();
    rest = rest.slice(eq + 1).trimStart();
    let parameter: string;
    if (rest.startsWith('"')) {
      [parameter, rest] = readQuoted(rest);
    } else {
      const semicolon = rest.indexOf(";");
      parameter = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trim();
      rest = semicolon < 0 ? "" : rest.slice(semicolon + 1);
    }
    parameter = decodePercent(parameter, false);
    if (key === "name") into.name = parameter;
    else if (key === "filename") into.filename = parameter;
  }
}

/** A quoted string at the start of `text` → [its value, what follows the ";"]. */
function readQuoted(text: string): [string, string] {
  let value = "";
  let at = 1;
  for (;;) {
    if (at >= text.length) throw apiError("partUnclosedQuote");
    let c = text[at++]!;
    if (c === '"') break;
    if (c === "\\") {
      if (at >= text.length) throw apiError("partBadEscape");
      c = text[at++]!;
    }
    value += c;
  }
  const rest = text.slice(at).trimStart();
  if (rest !== "" && !rest.startsWith(";")) throw apiError("partExpectedSemicolon");
  return [value, rest.slice(1)];
}
