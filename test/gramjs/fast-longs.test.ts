/** The native long helpers give exactly GramJS's stock results, and are the ones in use. */
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import bigInt from "big-integer";
import * as fast from "../../src/gramjs/fast-longs.ts";
import { beforeTlClasses, stock } from "../../src/gramjs/install.ts";

const hex = (s: string) => Buffer.from(s, "hex");
const pow2 = (bits: number) => 1n << BigInt(bits);

/** Byte strings around every sign and width edge, 0 to 32 bytes. */
const BUFFERS: Buffer[] = [
  hex(""),
  hex("00"),
  hex("7f"),
  hex("80"),
  hex("ff"),
  hex("0100"),
  hex("ffffff"),
  hex("00000000"),
  hex("ffffffff"),
  hex("7fffffff"),
  hex("00000080"),
  hex("0000000000000000"),
  hex("0100000000000000"),
  hex("ffffffffffffffff"),
  hex("ffffffffffffff7f"),
  hex("0000000000000080"),
  hex("7f00000000000000"),
  hex("8000000000000000"),
  hex("0123456789abcdef"),
  hex("fedcba9876543210"),
  hex("00".repeat(16)),
  hex("ff".repeat(16)),
  hex(`${"00".repeat(15)}80`),
  hex(`80${"00".repeat(15)}`),
  hex("0123456789abcdeffedcba9876543210"),
  hex("00".repeat(32)),
  hex("ff".repeat(32)),
  hex(`${"ff".repeat(31)}7f`),
  hex(`${"11".repeat(31)}80`),
  Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 3)),
];

/** Values around every width's limits, as the TL layer passes them. */
const VALUES: bigint[] = [
  0n, 1n, -1n, 2n, -2n, 127n, 128n, -128n, -129n, 255n, 256n, 1234567890n, -1234567890n,
  ...[32, 63, 64, 127, 128, 255, 256].flatMap((bits) => [pow2(bits) - 1n, pow2(bits), -pow2(bits), -pow2(bits) - 1n, pow2(bits) + 1n]),
  -6148914691236517206n, 0x0123456789abcdefn, 0xfedcba9876543210n,
];

/** What a helper gave: its value's text or buffer's hex, or its error's message. */
function outcome(run: () => { toString(encoding?: string): string }): string {
  try {
    const result = run();
    return Buffer.isBuffer(result) ? `buffer ${result.toString("hex")}` : `value ${result.toString()}`;
  } catch (error) {
    return `error ${(error as Error).message}`;
  }
}

describe("readBigIntFromBuffer", () => {
  for (const buffer of BUFFERS) {
    for (const little of [true, false]) {
      for (const signed of [true, false]) {
        test(`${buffer.toString("hex") || "(empty)"} little=${little} signed=${signed}`, () => {
          const got = fast.readBigIntFromBuffer(buffer, little, signed);
          const want = stock.readBigIntFromBuffer(buffer, little, signed);
          expect(got.toString()).toBe(want.toString());
          expect(bigInt.isInstance(got)).toBe(true);
          expect(Object.getPrototypeOf(got)).toBe(Object.getPrototypeOf(want));
        });
      }
    }
  }

  test("defaults to little-endian unsigned, and leaves its argument alone", () => {
    const buffer = hex("0123456789abcdef");
    expect(fast.readBigIntFromBuffer(buffer).toString()).toBe(stock.readBigIntFromBuffer(buffer).toString());
    expect(buffer.toString("hex")).toBe("0123456789abcdef");
  });
});

describe("toSignedLittleBuffer", () => {
  const inputs: [string, () => Parameters<typeof fast.toSignedLittleBuffer>[0]][] = VALUES.flatMap((v) => [
    [`bigInt(${v})`, () => bigInt(v)] as [string, () => Parameters<typeof fast.toSignedLittleBuffer>[0]],
    [`${v}n`, () => v],
    [`"${v}"`, () => v.toString()],
  ]);
  inputs.push(["the number 42", () => 42], ["the number -7", () => -7], ["the number 1.5", () => 1.5]);
  for (const [name, input] of inputs) {
    for (const bytes of [4, 8, 16, 32, 3]) {
      test(`${name} in ${bytes} bytes`, () => {
        expect(outcome(() => fast.toSignedLittleBuffer(input(), bytes))).toBe(outcome(() => stock.toSignedLittleBuffer(input(), bytes)));
      });
    }
  }

  test("defaults to 8 bytes", () => {
    expect(fast.toSignedLittleBuffer(bigInt(-5))).toEqual(stock.toSignedLittleBuffer(bigInt(-5)));
  });
});

describe("readBufferFromBigInt", () => {
  for (const value of VALUES) {
    for (const bytes of [4, 8, 16, 32, 1]) {
      for (const little of [true, false]) {
        for (const signed of [true, false]) {
          test(`${value} in ${bytes} bytes little=${little} signed=${signed}`, () => {
            expect(outcome(() => fast.readBufferFromBigInt(bigInt(value), bytes, little, signed))).toBe(
              outcome(() => stock.readBufferFromBigInt(bigInt(value), bytes, little, signed)),
            );
          });
        }
      }
    }
  }
});

describe("installation", () => {
  test("GramJS's Helpers export the fast helpers", () => {
    const helpers = require("telegram/Helpers");
    expect(helpers.readBigIntFromBuffer).toBe(fast.readBigIntFromBuffer);
    expect(helpers.toSignedLittleBuffer).toBe(fast.toSignedLittleBuffer);
    expect(helpers.readBufferFromBigInt).toBe(fast.readBufferFromBigInt);
  });

  test("the test runner installs them before the TL classes load (bunfig.toml's preload)", () => {
    expect(beforeTlClasses).toBe(true);
  });

  test("main.ts installs them before anything else", () => {
    const main = readFileSync(join(import.meta.dir, "../../src/main.ts"), "utf8");
    const imports = [...main.matchAll(/^import\s[^;]*?"([^"]+)";/gm)].map((m) => m[1]);
    expect(imports[0]).toBe("./gramjs/install.ts");
  });
});
