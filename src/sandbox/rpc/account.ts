/** account.*: the 2FA password's SRP parameters. */
import { randomBytes } from "node:crypto";
import { Api } from "telegram";
import { rpcError } from "../world/errors.ts";
import { newChallenge, SRP_P } from "../world/srp.ts";
import { big } from "../world/tl.ts";
import type { HandlerTable, RpcContext } from "./context.ts";

function getPassword(ctx: RpcContext) {
  const accountId = ctx.account?.id ?? ctx.state.pendingPassword.get(ctx.caller.authKeyId);
  const account = accountId === undefined ? undefined : ctx.world.account(accountId);
  if (!account) throw rpcError("AUTH_KEY_UNREGISTERED");
  const newAlgo = new Api.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow({
    salt1: randomBytes(8),
    salt2: randomBytes(16),
    g: 3,
    p: SRP_P,
  });
  const common = {
    newAlgo,
    newSecureAlgo: new Api.SecurePasswordKdfAlgoSHA512({ salt: randomBytes(8) }),
    secureRandom: randomBytes(256),
  };
  const password = account.password;
  if (!password) return new Api.account.Password({ ...common, hasPassword: false });
  const challenge = newChallenge(password);
  ctx.world.challenges.set(account.id, challenge);
  return new Api.account.Password({
    ...common,
    hasPassword: true,
    hint: password.hint,
    currentAlgo: new Api.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow({
      salt1: Buffer.from(password.salt1, "hex"),
      salt2: Buffer.from(password.salt2, "hex"),
      g: password.g,
      p: SRP_P,
    }),
    srp_B: challenge.B,
    srpId: big(challenge.id),
  });
}

export const accountHandlers: HandlerTable = {
  "account.GetPassword": getPassword,
};
