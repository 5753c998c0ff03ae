import { describe, expect, test } from "bun:test";
import { Api } from "telegram";
import bigInt from "big-integer";
import { toBotUser } from "../../src/convert/user.ts";

const user = (fields: Partial<ConstructorParameters<typeof Api.User>[0]>) =>
  new Api.User({ id: bigInt(42), ...fields } as ConstructorParameters<typeof Api.User>[0]);

/** Capabilities newer than layer 198: always false until the TL layer carries them. */
const NEWER_FLAGS = {
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
  supports_guest_queries: false,
};

describe("toBotUser", () => {
  const cases: [string, Api.User, boolean, object][] = [
    ["plain user", user({ firstName: "Ann" }), false, { id: 42, is_bot: false, first_name: "Ann" }],
    [
      "full user fields",
      user({ firstName: "Ann", lastName: "Lee", username: "ann", langCode: "en", premium: true }),
      false,
      { id: 42, is_bot: false, first_name: "Ann", last_name: "Lee", username: "ann", language_code: "en", is_premium: true },
    ],
    [
      "username from the active collectible list",
      user({ firstName: "B", usernames: [new Api.Username({ username: "old" }), new Api.Username({ username: "cur", active: true })] }),
      false,
      { id: 42, is_bot: false, first_name: "B", username: "cur" },
    ],
    [
      "bot in getMe: capability flags always present",
      user({ bot: true, firstName: "Echo", username: "echo_bot", botNochats: true }),
      true,
      {
        id: 42, is_bot: true, first_name: "Echo", username: "echo_bot",
        can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false,
        can_connect_to_business: false, has_main_web_app: false, ...NEWER_FLAGS,
      },
    ],
    [
      "bot elsewhere: no capability flags",
      user({ bot: true, firstName: "Echo", botInlinePlaceholder: "search" }),
      false,
      { id: 42, is_bot: true, first_name: "Echo" },
    ],
    [
      "inline bot in getMe",
      user({ bot: true, firstName: "Q", botChatHistory: true, botInlinePlaceholder: "" }),
      true,
      {
        id: 42, is_bot: true, first_name: "Q",
        can_join_groups: true, can_read_all_group_messages: true, supports_inline_queries: true,
        can_connect_to_business: false, has_main_web_app: false, ...NEWER_FLAGS,
      },
    ],
  ];
  test.each(cases)("%s", (_name, input, withBotInfo, expected) => {
    expect(toBotUser(input, withBotInfo)).toEqual(expected as never);
  });
});
