/**
 * The texts of the message methods' own checks, worded as the official server's
 * Client.cpp words them (Telegram's RPC errors are mapped in src/telegram/errors.ts).
 */
import { BotApiError } from "../types.ts";

const bad = (text: string) => new BotApiError(400, `Bad Request: ${text}`);

export const REACTION_REASONS = { notObject: "expected an Object", badType: "invalid reaction type specified" } as const;

/** What check_message calls the message it looks for: "<what> not found". */
export type MessageRole =
  | "message to be replied"
  | "message to edit"
  | "message to forward"
  | "message to copy"
  | "message to delete"
  | "message to pin"
  | "message to unpin"
  | "message to react"
  | "message with poll to stop";

export const MESSAGE_ERRORS = {
  notFound: (role: MessageRole) => bad(`${role} not found`),
  textEmpty: () => bad("message text is empty"),
  cantEdit: () => bad("message can't be edited"),
  noTextToEdit: () => bad("there is no text in the message to edit"),
  noCaptionToEdit: () => bad("there is no caption in the message to edit"),
  chatIdEmpty: () => bad("chat_id is empty"),
  noLiveLocation: () => bad("there is no live location in the message to edit"),
  notAPoll: () => bad("message is not a poll"),
  pollCantBeStopped: () => bad("poll can't be stopped"),
  pollClosed: () => bad("poll has already been closed"),
  pollQuestionEmpty: () => bad("poll question must be non-empty"),
  pollQuestionTooLong: (max: number) => bad(`poll question length must not exceed ${max}`),
  correctIdsEmpty: () => bad("correct quiz option list must be non-empty"),
  correctIdsNotIncreasing: () => bad("correct quiz option list must be increasing"),
  correctIdWrong: () => bad("wrong quiz correct_option_id"),
  cantCopy: () => bad("the message can't be copied"),
  protectedContent: () => bad("message has protected content and can't be forwarded"),
  chatNotSpecified: () => bad("chat identifier is not specified"),
  messageNotSpecified: () => bad("message identifier is not specified"),
  idsNotSpecified: () => bad("message identifiers are not specified"),
  idsNotArray: () => bad("expected an Array of message identifiers"),
  tooManyIds: () => bad("too many message identifiers specified"),
  idNotNumber: () => bad("message identifier must be a Number"),
  idUnparsable: () => bad("can't parse message identifier as a Number"),
  idInvalid: () => bad("invalid message identifier specified"),
  replyParametersNotObject: () => bad("object expected as reply parameters"),
  linkPreviewNotObject: () => bad("object expected as link preview options"),
  wrongAction: () => bad("wrong parameter action in request"),
  pollTypeUnsupported: () => bad("unsupported poll type specified"),
  pollOptionsNotArray: () => bad("expected an Array of String as options"),
  pollOptionNotString: () => bad("expected an option to be of type String"),
  correctIdsNotArray: () => bad("expected an Array of correct option identifiers"),
  correctIdNotNumber: () => bad("correct option identifier must be of type Number"),
  correctIdInvalid: () => bad("invalid correct option identifier specified"),
  reactionsNotArray: () => bad("expected an Array of ReactionType"),
  /** `reason` is the JSON helper's text or one of REACTION_REASONS. */
  reactionUnparsable: (reason: string) => bad(`can't parse ReactionType: ${reason}`),
  inlineIdInvalid: () => bad("invalid inline message identifier specified"),
} as const;
