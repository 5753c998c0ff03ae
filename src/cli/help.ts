/** The --help text, laid out like the official server's: one line per option. */
import { OPTIONS, type OptionDef } from "./options.ts";

const IGNORED_NOTE = " [accepted for compatibility; no effect in tgrest]";

function left(option: OptionDef): string {
  const short = option.short ? `-${option.short}, ` : "    ";
  return `  ${short}--${option.long}${option.arg ? "=<arg>" : ""}`;
}

function section(title: string, options: readonly OptionDef[]): string {
  const width = Math.max(...OPTIONS.map((o) => left(o).length)) + 2;
  const lines = options.map((o) => left(o).padEnd(width) + o.help + (o.ignored ? IGNORED_NOTE : ""));
  return `${title}:\n${lines.join("\n")}\n`;
}

export function helpText(program = "tgrest"): string {
  return [
    `Usage: ${program} [serve] --api-id=<arg> --api-hash=<arg> [--local] [OPTION]...`,
    `       ${program} serve --sandbox-control=<url> [OPTION]...`,
    `       ${program} sandbox [OPTION]...`,
    "",
    "Telegram Bot API server for bots and user accounts, with a built-in Telegram sandbox.",
    "",
    section(
      "Options",
      OPTIONS.filter((o) => !o.only),
    ),
    section(
      "serve only",
      OPTIONS.filter((o) => o.only === "serve"),
    ),
    section(
      "sandbox only",
      OPTIONS.filter((o) => o.only === "sandbox"),
    ),
  ].join("\n");
}
