/**
 * An `application/json` body → parameters, as the official HttpReader reads it: a
 * top-level object whose string values are decoded and whose other values are kept as
 * their exact JSON text, so that a JSON-serialized parameter decodes the same way from
 * every encoding (and a 64-bit integer keeps its digits). A top-level string becomes
 * the parameter "content". Like the official, a malformed body yields the parameters
 * read before the error.
 */

export function parseJsonBody(text: string): [string, string][] {
  const scanner = new Scanner(text);
  const pairs: [string, string][] = [];
  try {
    scanner.space();
    if (scanner.peek() === '"') {
      const content = scanner.string();
      scanner.space();
      return scanner.done() ? [["content", content]] : [];
    }
    scanner.expect("{");
    scanner.space();
    if (scanner.peek() === "}") return pairs;
    for (;;) {
      scanner.space();
      const key = scanner.string();
      scanner.space();
      scanner.expect(":");
      scanner.space();
      const value = scanner.peek() === '"' ? scanner.string() : scanner.rawValue();
      pairs.push([key, value]);
      scanner.space();
      if (scanner.peek() === "}") return pairs;
      scanner.expect(",");
    }
  } catch {
    return pairs;
  }
}

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}

  peek(): string | undefined {
    return this.text[this.at];
  }

  done(): boolean {
    return this.at >= this.text.length;
  }

  space(): void {
    while (/\s/.test(this.text[this.at] ?? "")) this.at++;
  }

  expect(char: string): void {
    if (this.text[this.at] !== char) throw new SyntaxError(`expected ${char}`);
    this.at++;
  }

  /** A JSON string literal, decoded. */
  string(): string {
    const start = this.at;
    this.expect('"');
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined) throw new SyntaxError("unterminated string");
      if (c === "\\") this.at++;
      else if (c === '"') return JSON.parse(this.text.slice(start, this.at)) as string;
    }
  }

  /** The exact text of a non-string JSON value (object, array, number, literal). */
  rawValue(): string {
    const start = this.at;
    this.skipValue(0);
    return this.text.slice(start, this.at);
  }

  private skipValue(depth: number): void {
    if (depth > 100) throw new SyntaxError("too deep");
    this.space();
    const c = this.peek();
    if (c === '"') {
      this.string();
    } else if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      this.at++;
      this.space();
      if (this.peek() === close) {
        this.at++;
        return;
      }
      for (;;) {
        if (c === "{") {
          this.space();
          this.string();
          this.space();
          this.expect(":");
        }
        this.skipValue(depth + 1);
        this.space();
        if (this.peek() === close) {
          this.at++;
          return;
        }
        this.expect(",");
      }
    } else {
      const match = /^(-?[0-9][0-9.eE+-]*|true|false|null)/.exec(this.text.slice(this.at, this.at + 400));
      if (!match) throw new SyntaxError("unexpected value");
      this.at += match[0].length;
    }
  }
}
