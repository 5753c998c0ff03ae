/** POST /control/messages: `from` sends inside the world, by the same path as messages.sendMessage. */
import { type ControlMedia, type ControlMediaType, fileFromControl, mediaTl } from "../world/media.ts";
import { sendMessage } from "../world/messages.ts";
import { findEntities } from "./auto-entities.ts";
import { entityToTl, type BotApiEntity } from "./entities.ts";
import {
  accountOf,
  type Body,
  CONTROL_ERRORS,
  ControlError,
  type ControlEnv,
  isInt,
  isString,
  optionalField,
  requireField,
  targetOf,
} from "./env.ts";

const isEntities = (v: unknown): v is BotApiEntity[] =>
  Array.isArray(v) && v.every((e) => typeof e === "object" && e !== null && isString(e.type) && isInt(e.offset) && isInt(e.length));

const MEDIA_TYPES = new Set(["photo", "document", "video", "audio", "voice", "animation", "sticker", "video_note"]);

function mediaSpec(value: unknown): ControlMedia {
  if (typeof value !== "object" || value === null) throw new ControlError(400, CONTROL_ERRORS.mustBe("media", "an object"));
  const media = value as Body;
  const type = requireField(media, "type", (v): v is ControlMediaType => isString(v) && MEDIA_TYPES.has(v), "a media type");
  const data = Buffer.from(requireField(media, "data", isString, "base64 data"), "base64");
  if (data.length === 0) throw new ControlError(400, CONTROL_ERRORS.mustBe("media.data", "non-empty base64 data"));
  return {
    type,
    data,
    fileName: optionalField(media, "file_name", isString, "a string"),
    mimeType: optionalField(media, "mime_type", isString, "a string"),
    width: optionalField(media, "width", isInt, "an integer"),
    height: optionalField(media, "height", isInt, "an integer"),
    duration: optionalField(media, "duration", isInt, "an integer"),
  };
}

export function postMessage(env: ControlEnv, body: Body) {
  const from = accountOf(env, "from", body.from);
  const target = targetOf(env, from, body.chat_id);
  const media = body.media === undefined ? undefined : mediaTl(fileFromControl(env.world, from, mediaSpec(body.media)));
  const text = optionalField(body, "text", isString, "a string") ?? "";
  let entities;
  try {
    // Typed text with no entities given gets what an app would find in it.
    entities = (optionalField(body, "entities", isEntities, "an array of MessageEntity") ?? findEntities(text)).map(entityToTl);
  } catch (error) {
    throw new ControlError(400, (error as Error).message);
  }
  const sent = sendMessage(
    env.world,
    from,
    target,
    {
      text,
      entities,
      replyToId: optionalField(body, "reply_to_message_id", isInt, "a message id"),
      media,
    },
    true,
  );
  return {
    message_id: sent.ids.get(from.id),
    ids: Object.fromEntries([...sent.ids].map(([account, id]) => [String(account), id])),
  };
}
