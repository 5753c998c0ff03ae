/**
 * The RpcDispatcher the MTProto server calls: one table from TL class name to handler,
 * the caller's account from its auth key, and USER_MIGRATE_X off the home DC.
 */
import type { RpcCaller, RpcDispatcher } from "../mtproto/types.ts";
import { migrateError, rpcError } from "../world/errors.ts";
import type { World } from "../world/world.ts";
import { accountHandlers } from "./account.ts";
import { authHandlers } from "./auth.ts";
import { botMessagesHandlers } from "./bot-messages.ts";
import { botsHandlers } from "./bots.ts";
import { botSettingsHandlers } from "./bot-settings.ts";
import { forumTopicsHandlers } from "./forum-topics.ts";
import { webAppsHandlers } from "./web-apps.ts";
import { channelsHandlers } from "./channels.ts";
import { chatsHandlers } from "./chats.ts";
import { invitesHandlers } from "./invites.ts";
import { premiumHandlers } from "./premium.ts";
import { pollsHandlers } from "./polls.ts";
import { sendsHandlers } from "./sends.ts";
import { stickerSetsHandlers } from "./sticker-sets.ts";
import { inlineEditsHandlers } from "./inline-edits.ts";
import type { DcAddress, HandlerTable, RpcContext, RpcState } from "./context.ts";
import type { MethodFaults } from "./faults.ts";
import { helpHandlers } from "./help.ts";
import { membersHandlers } from "./members.ts";
import { messagesHandlers } from "./messages.ts";
import { updatesHandlers } from "./updates.ts";
import { uploadHandlers } from "./upload.ts";
import { usersHandlers } from "./users.ts";

export const HANDLERS: HandlerTable = {
  ...helpHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...usersHandlers,
  ...updatesHandlers,
  ...messagesHandlers,
  ...botMessagesHandlers,
  // After botMessagesHandlers: it adds the topic form of messages.UnpinAllMessages.
  ...forumTopicsHandlers,
  ...channelsHandlers,
  ...botsHandlers,
  ...botSettingsHandlers,
  ...webAppsHandlers,
  ...membersHandlers,
  ...chatsHandlers,
  ...invitesHandlers,
  ...premiumHandlers,
  ...pollsHandlers,
  ...sendsHandlers,
  ...stickerSetsHandlers,
  ...inlineEditsHandlers,
  ...uploadHandlers,
};

/** Methods an account may call on a DC other than its home (login, config, files, inline messages' edits). */
const ANY_DC = /^(help|auth|upload)\.|^messages\.EditInlineBotMessage$/;

export interface DispatcherOptions {
  world: World;
  /** The DCs' addresses, read at each call (known once the server listens). */
  dcs: () => readonly DcAddress[];
  /** Errors armed by the control API for chosen methods (not applied to its own actions). */
  faults?: MethodFaults;
}

/** Caller id used for actions run by the control API inside the world. */
export const CONTROL_SESSION = "control";

export function createDispatcher(options: DispatcherOptions): RpcDispatcher {
  const state: RpcState = { pendingPassword: new Map(), exported: new Map() };
  return async (caller: RpcCaller, request) => {
    const control = caller.sessionId === CONTROL_SESSION;
    const fault = control ? undefined : options.faults?.take(request.className);
    if (fault) throw fault;
    const handler = HANDLERS[request.className];
    if (!handler) throw rpcError("METHOD_NOT_IMPLEMENTED");
    const { world } = options;
    const accountId = caller.accountId ?? world.authKeys.get(caller.authKeyId)?.accountId;
    const account = accountId === undefined ? undefined : world.account(accountId);
    if (account && account.dcId !== caller.dcId && !ANY_DC.test(request.className)) {
      throw migrateError("USER", account.dcId);
    }
    const ctx: RpcContext = {
      world,
      caller,
      dcs: options.dcs(),
      state,
      account,
      echo: control,
    };
    return handler(ctx, request);
  };
}
