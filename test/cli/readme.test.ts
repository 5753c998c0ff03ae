import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OPTIONS } from "../../src/cli/options.ts";

const readme = readFileSync(join(import.meta.dir, "..", "..", "README.md"), "utf8");

test("the README's flags table lists every flag with its short form", () => {
  const table = readme.split("## Flags")[1]!.split("\n## ")[0]!;
  for (const option of OPTIONS) {
    const name = option.short ? `\`-${option.short}\`, \`--${option.long}` : `\`--${option.long}`;
    expect(table).toContain(`| ${name}`);
  }
});

test("the README starts with the two set-up commands", () => {
  const blocks = [...readme.matchAll(/```sh\n([^\n]*)\n```/g)].map((m) => m[1]);
  expect(blocks.slice(0, 2)).toEqual([
    "npm install && npx bun src/main.ts sandbox --dir data",
    "npm install && npm test",
  ]);
});
