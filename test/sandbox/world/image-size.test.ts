import { expect, test } from "bun:test";
import { imageSize } from "../../../src/sandbox/world/image-size.ts";

const png = (w: number, h: number) => {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write("IHDR", 12, "latin1");
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return b;
};
const gif = (w: number, h: number) => {
  const b = Buffer.alloc(13);
  b.write("GIF89a", 0, "latin1");
  b.writeUInt16LE(w, 6);
  b.writeUInt16LE(h, 8);
  return b;
};
/** SOI, an APP0 segment to skip, then a baseline SOF0 frame. */
const jpeg = (w: number, h: number) => {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x04, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, h >> 8, h & 0xff, w >> 8, w & 0xff, 0x03, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
};

const cases: Array<[string, Buffer, { width?: number; height?: number }]> = [
  ["png", png(640, 480), { width: 640, height: 480 }],
  ["gif", gif(32, 16), { width: 32, height: 16 }],
  ["jpeg after an APP0 segment", jpeg(1280, 720), { width: 1280, height: 720 }],
  ["not an image", Buffer.from("hello world, not an image"), {}],
  ["empty", Buffer.alloc(0), {}],
];

for (const [name, bytes, expected] of cases) {
  test(`image size: ${name}`, () => expect(imageSize(bytes)).toEqual(expected));
}
