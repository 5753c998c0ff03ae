/** message_ids as the official server reads them (get_message_ids): 1 to 100 positive ids. */
import { isCanonicalInteger } from "../values.ts";
import { MESSAGE_ERRORS } from "./errors.ts";

const MAX_IDS = 100;
const INT32_MAX = 2 ** 31 - 1;

export function readMessageIds(value: unknown): number[] {
  if (value === undefined) throw MESSAGE_ERRORS.idsNotSpecified();
  if (!Array.isArray(value)) throw MESSAGE_ERRORS.idsNotArray();
  if (value.length > MAX_IDS) throw MESSAGE_ERRORS.tooManyIds();
  const ids = value.map((item) => {
    if (typeof item !== "number" && typeof item !== "string") throw MESSAGE_ERRORS.idNotNumber();
    const text = String(item);
    if (!isCanonicalInteger(text) || Math.abs(Number(text)) > INT32_MAX) throw MESSAGE_ERRORS.idUnparsable();
    const id = Number(text);
    if (id <= 0) throw MESSAGE_ERRORS.idInvalid();
    return id;
  });
  if (ids.length === 0) throw MESSAGE_ERRORS.idsNotSpecified();
  return ids;
}
