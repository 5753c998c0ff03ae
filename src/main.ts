#!/usr/bin/env bun
/**
 * tgrest's entry: reads the command line and runs `serve` (the default) or `sandbox`.
 * The server modules are imported only when needed, so --help and --version start fast.
 */
// First: GramJS must load with the native long helpers (see the module).
import "./gramjs/install.ts";
import { helpText } from "./cli/help.ts";
import { parseArgs } from "./cli/parse.ts";
import { VERSION } from "./version.ts";

const parsed = parseArgs(process.argv.slice(2), process.env);
switch (parsed.command) {
  case "help":
    process.stdout.write(helpText());
    break;
  case "version":
    console.log(`tgrest ${VERSION}`);
    break;
  case "error":
    fail(parsed.error);
    break;
  case "serve": {
    const { serve } = await import("./cli/serve.ts");
    const error = await serve(parsed.config);
    if (error) fail(error);
    break;
  }
  case "sandbox": {
    const { sandbox } = await import("./cli/sandbox.ts");
    const error = await sandbox(parsed.sandbox);
    if (error) fail(error);
    break;
  }
}

/** One line on stderr and a non-zero exit, like the official server. */
function fail(message: string): never {
  console.error(`tgrest: ${message}`);
  process.exit(1);
}
