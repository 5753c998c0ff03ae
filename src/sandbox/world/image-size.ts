/** Width and height from a JPEG, PNG, GIF or WebP header (what Telegram reports for photos). */
export function imageSize(head: Buffer): { width?: number; height?: number } {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47) {
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  }
  if (head.length >= 10 && head.toString("latin1", 0, 3) === "GIF") {
    return { width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
  }
  if (head.length >= 30 && head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 15) === "WEBPVP8") {
    const kind = head[15];
    if (kind === 0x20) return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    if (kind === 0x4c) {
      const bits = head.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    if (kind === 0x58) return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) return jpegSize(head);
  return {};
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegSize(head: Buffer): { width?: number; height?: number } {
  let at = 2;
  while (at + 9 < head.length) {
    if (head[at] !== 0xff) return {};
    const marker = head[at + 1]!;
    const length = head.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  return {};
}
