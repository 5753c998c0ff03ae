import { describe, expect, test } from "bun:test";
import { readLinkPreview } from "../../../src/methods/messages/link-preview.ts";
import type { CallContext } from "../../../src/methods/types.ts";

const ctx = (raw: Record<string, string> = {}) => ({ raw: new Map(Object.entries(raw)) }) as unknown as CallContext;

describe("link_preview_options", () => {
  test.each([
    [{}, {}, {}],
    [{}, { disable_web_page_preview: "true" }, { noWebpage: true }],
    [{ link_preview_options: { is_disabled: true, url: "https://a.b/" } }, {}, { noWebpage: true }],
    [{ link_preview_options: { show_above_text: true } }, {}, { invertMedia: true }],
  ])("%p (raw %p) → %p", (params, raw, expected) => {
    expect(readLinkPreview(ctx(raw), params)).toEqual(expected);
  });

  test("a URL or a size choice asks for a web page preview", () => {
    const choice = readLinkPreview(ctx(), { link_preview_options: { url: "https://a.b/", prefer_large_media: true } });
    expect(choice.media).toMatchObject({ url: "https://a.b/", forceLargeMedia: true, optional: true });
  });

  test.each([
    [5, "Bad Request: object expected as link preview options"],
    [{ is_disabled: "yes" }, 'Bad Request: field "is_disabled" must be of type Boolean'],
    [{ url: [] }, 'Bad Request: field "url" must be of type String'],
  ])("%p fails with %p", (value, text) => {
    expect(() => readLinkPreview(ctx(), { link_preview_options: value })).toThrow(text);
  });
});
