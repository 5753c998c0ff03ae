/**
 * TDLib's zero run-length coding of file ids: a run of 1..250 zero bytes becomes the
 * pair `0x00, length`; every other byte is copied.
 */
const MAX_RUN = 250;

export function zeroEncode(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    out.push(byte);
    if (byte !== 0) continue;
    let run = 1;
    while (run < MAX_RUN && i + run < bytes.length && bytes[i + run] === 0) run++;
    out.push(run);
    i += run - 1;
  }
  return Uint8Array.from(out);
}

/** A zero as the very last byte has no length after it and stays one zero, as in TDLib. */
export function zeroDecode(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0 && i + 1 < bytes.length) {
      for (let n = bytes[i + 1]!; n > 0; n--) out.push(0);
      i++;
      continue;
    }
    out.push(byte);
  }
  return Uint8Array.from(out);
}
