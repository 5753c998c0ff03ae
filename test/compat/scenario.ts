/**
 * One scenario every bot library plays against the gateway. The test drives the users
 * through the sandbox's control API and reads the world back; the bot, written in the
 * library's own idiom, follows this script and ends each step with a signal:
 *
 * - a private text → replies `Hello, <b>{first name}</b>! You said <code>{text}</code>`
 *   (HTML or MarkdownV2), then sends "Pick one" with the inline keyboard Yes/No →
 *   "greeted" {update, sent: [greeting, keyboard message]}
 * - callback "yes"/"no" → answers it with "Chosen: {data}", edits the message to
 *   `You chose <b>{data}</b>` with a Delete button → "edited" {update, edited}
 * - callback "delete" → answers it without text and deletes the message → "deleted"
 * - "/mute {someone}" in a group → restricts the user its text_mention names from
 *   sending → "muted"
 * - "/promote {someone}" → promotes them (pin and delete messages) → "promoted"
 * - "/setup {title}" → sets the title, lists the admins with getChatAdministrators,
 *   sends `Admins: {first names, ", "}` and pins it → "set up" {admins, pinned}
 */
import { expect } from "bun:test";
import { expectBotApi } from "../support/botapi-schema.ts";
import type { TestWorld } from "../support/gateway.ts";
import { type Cast, chatOf, command, type Entity, messagesOf, press, say } from "./cast.ts";
import type { Signals } from "./signals.ts";

/** The bot's texts, for the libraries to build their replies from. */
export const script = {
  greetingHtml: (name: string, text: string) => `Hello, <b>${name}</b>! You said <code>${text}</code>`,
  greetingMarkdownV2: (name: string, text: string) => `Hello, *${name}*\\! You said \`${text}\``,
  choice: "Pick one",
  buttons: [["Yes", "yes"], ["No", "no"]] as const,
  chosen: (data: string) => `Chosen: ${data}`,
  choseHtml: (data: string) => `You chose <b>${data}</b>`,
  choseMarkdownV2: (data: string) => `You chose *${data}*`,
  deleteButton: ["Delete", "delete"] as const,
  admins: (names: string[]) => `Admins: ${names.join(", ")}`,
};

/** The user a command names with a text_mention. */
export function mentioned(message: { entities?: readonly { type: string; user?: { id: number } }[] }): number | undefined {
  return message.entities?.find((e) => e.type === "text_mention")?.user?.id;
}

export interface Greeted { update: unknown; sent: unknown[] }
export interface Edited { update: unknown; edited: unknown }
export interface SetUp { admins: unknown[]; pinned: unknown }

/** Ann chats with the bot: a formatted reply, a keyboard, a pressed button, an edit, a deletion. */
export async function playPrivateChat(world: TestWorld, cast: Cast, signals: Signals): Promise<void> {
  const { ann, bot } = cast;
  await say(world, ann, bot.id, "hello there");
  const greeted = await signals.next<Greeted>("greeted");
  expectBotApi("Update", greeted.update);
  for (const message of greeted.sent) expectBotApi("Message", message);

  const [keyboard, greeting] = await messagesOf(world, bot.id, ann, 2);
  expect(greeting).toMatchObject({
    from: bot.id,
    text: "Hello, Ann! You said hello there",
    entities: [{ type: "bold", offset: 7, length: 3 }, { type: "code", offset: 21, length: 11 }],
  });
  expect(keyboard).toMatchObject({
    from: bot.id,
    text: script.choice,
    reply_markup: { inline_keyboard: [script.buttons.map(([text, data]) => ({ text, callback_data: data }))] },
  });

  // Ann presses the button she sees, with its data.
  const yes = keyboard!.reply_markup!.inline_keyboard[0]![0]!;
  const chosen = await press(world, ann, bot.id, keyboard!.message_id, yes.callback_data!);
  const edited = await signals.next<Edited>("edited");
  expectBotApi("Update", edited.update);
  expectBotApi("Message", edited.edited);
  expect(await world.control(`/control/callback_queries/${chosen}`)).toEqual({ answered: true, text: script.chosen("yes") });
  const [after] = await messagesOf(world, bot.id, ann, 1);
  expect(after).toMatchObject({
    message_id: keyboard!.message_id,
    text: "You chose yes",
    entities: [{ type: "bold", offset: 10, length: 3 }],
    reply_markup: { inline_keyboard: [[{ text: script.deleteButton[0], callback_data: script.deleteButton[1] }]] },
  });
  expect(after!.edit_date).toBeNumber();

  const remove = await press(world, ann, bot.id, keyboard!.message_id, script.deleteButton[1]);
  await signals.next("deleted");
  expect(await world.control(`/control/callback_queries/${remove}`)).toEqual({ answered: true });
  const left = await messagesOf(world, bot.id, ann, 5);
  expect(left.map((m) => m.message_id)).not.toContain(keyboard!.message_id);
  expect(left[0]!.message_id).toBe(greeting!.message_id);
}

/** Ann has the bot moderate the Club: mute Bob, promote Cat, retitle the chat and pin the admin list. */
export async function playSupergroup(world: TestWorld, cast: Cast, signals: Signals): Promise<void> {
  const { ann, bob, cat, club } = cast;
  const send = (from: number, message: { text: string; entities: Entity[] }) => say(world, from, club, message.text, message.entities);
  await say(world, bob, club, "hi all");
  await send(ann, command("mute", { id: bob, name: "Bob" }));
  await signals.next("muted");
  const muted = (await chatOf(world, club, ann)).members.find((m) => m.user_id === bob);
  expect(muted).toMatchObject({ status: "restricted", restrictions: { sendPlain: true } });

  await say(world, cat, club, "I can help");
  await send(ann, command("promote", { id: cat, name: "Cat" }));
  await signals.next("promoted");
  const promoted = (await chatOf(world, club, ann)).members.find((m) => m.user_id === cat);
  expect(promoted).toMatchObject({ status: "administrator", rights: { pinMessages: true, deleteMessages: true } });

  await send(ann, command("setup", "Friends of the Club"));
  const setUp = await signals.next<SetUp>("set up");
  for (const admin of setUp.admins) expectBotApi("ChatMember", admin);
  const statuses = Object.fromEntries(setUp.admins.map((a: any) => [a.user.id, a.status]));
  expect(statuses).toEqual({ [ann]: "creator", [cast.bot.id]: "administrator", [cat]: "administrator" });
  expectBotApi("Message", setUp.pinned);

  const view = await chatOf(world, club, ann);
  expect(view.title).toBe("Friends of the Club");
  const [list] = (await messagesOf(world, club, ann, 5)).filter((m) => m.text?.startsWith("Admins: "));
  expect(list!.text!.slice("Admins: ".length).split(", ").sort()).toEqual(["Ann", "Cat", "Test Bot"]);
  expect(view.pinned_message_ids).toContain(list!.message_id);
}
