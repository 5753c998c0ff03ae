/**
 * auth.*: login by code (test phones 99966XYYYY get code XXXXX), sign-up, 2FA by SRP,
 * bot tokens, log-out, and authorization transfer between DCs.
 */
import { randomBytes, randomInt } from "node:crypto";
import { Api } from "telegram";
import { migrateError, rpcError } from "../world/errors.ts";
import { normalizePhone, testPhoneDc } from "../world/ids.ts";
import { checkProof } from "../world/srp.ts";
import { big, userTl } from "../world/tl.ts";
import type { Account } from "../world/types.ts";
import { type HandlerTable, me, type RpcContext } from "./context.ts";

function authorization(ctx: RpcContext, account: Account): Api.auth.Authorization {
  ctx.state.pendingPassword.delete(ctx.caller.authKeyId);
  ctx.world.bindAuthKey(ctx.caller.authKeyId, account.id);
  return new Api.auth.Authorization({ user: userTl(account, account.id) });
}

/** A logged-in account works only on its home DC. */
function onHomeDc(ctx: RpcContext, account: Account): Account {
  if (account.dcId !== ctx.caller.dcId) throw migrateError("USER", account.dcId);
  return account;
}

function checkCode(ctx: RpcContext, phone: string, hash: string, code: string): void {
  if (!hash) throw rpcError("PHONE_CODE_HASH_EMPTY");
  if (!code) throw rpcError("PHONE_CODE_EMPTY");
  const sent = ctx.world.codes.get(phone);
  if (!sent || sent.hash !== hash) throw rpcError("PHONE_CODE_EXPIRED");
  if (sent.code !== code) throw rpcError("PHONE_CODE_INVALID");
}

function sendCode(ctx: RpcContext, request: Api.auth.SendCode) {
  const phone = normalizePhone(request.phoneNumber);
  if (phone.length < 5 || phone.length > 15) throw rpcError("PHONE_NUMBER_INVALID");
  const dcId = ctx.world.phoneDc(phone, ctx.caller.dcId);
  if (dcId !== ctx.caller.dcId) throw migrateError("PHONE", dcId);
  const testDc = testPhoneDc(phone, ctx.world.dcCount);
  const code = testDc ? String(testDc).repeat(5) : String(randomInt(10000, 100000));
  const hash = randomBytes(9).toString("hex");
  ctx.world.codes.set(phone, { code, hash });
  const registered = ctx.world.byPhone(phone) !== undefined;
  return new Api.auth.SentCode({
    type: registered ? new Api.auth.SentCodeTypeApp({ length: 5 }) : new Api.auth.SentCodeTypeSms({ length: 5 }),
    phoneCodeHash: hash,
  });
}

function signIn(ctx: RpcContext, request: Api.auth.SignIn) {
  const phone = normalizePhone(request.phoneNumber);
  checkCode(ctx, phone, request.phoneCodeHash, request.phoneCode ?? "");
  const account = ctx.world.byPhone(phone);
  if (!account) return new Api.auth.AuthorizationSignUpRequired({});
  onHomeDc(ctx, account);
  if (account.password) {
    ctx.state.pendingPassword.set(ctx.caller.authKeyId, account.id);
    throw rpcError("SESSION_PASSWORD_NEEDED");
  }
  return authorization(ctx, account);
}

function signUp(ctx: RpcContext, request: Api.auth.SignUp) {
  const phone = normalizePhone(request.phoneNumber);
  checkCode(ctx, phone, request.phoneCodeHash, ctx.world.codes.get(phone)?.code ?? "");
  if (ctx.world.byPhone(phone)) throw rpcError("PHONE_NUMBER_OCCUPIED");
  if (!request.firstName.trim()) throw rpcError("FIRSTNAME_INVALID");
  const account = ctx.world.createUser({
    phone,
    firstName: request.firstName,
    lastName: request.lastName || undefined,
    dcId: ctx.caller.dcId,
  });
  return authorization(ctx, account);
}

function checkPassword(ctx: RpcContext, request: Api.auth.CheckPassword) {
  const accountId = ctx.state.pendingPassword.get(ctx.caller.authKeyId) ?? ctx.account?.id;
  const account = accountId === undefined ? undefined : ctx.world.account(accountId);
  if (!account?.password) throw rpcError("AUTH_KEY_UNREGISTERED");
  const input = request.password;
  const challenge = ctx.world.challenges.get(account.id);
  if (!(input instanceof Api.InputCheckPasswordSRP) || !challenge || input.srpId.toString() !== challenge.id.toString()) {
    throw rpcError("SRP_ID_INVALID");
  }
  ctx.world.challenges.delete(account.id);
  if (!checkProof(account.password, challenge, Buffer.from(input.A), Buffer.from(input.M1))) {
    throw rpcError("PASSWORD_HASH_INVALID");
  }
  return authorization(ctx, account);
}

function importBot(ctx: RpcContext, request: Api.auth.ImportBotAuthorization) {
  const bot = ctx.world.byToken(request.botAuthToken);
  if (!bot) throw rpcError("ACCESS_TOKEN_INVALID");
  return authorization(ctx, onHomeDc(ctx, bot));
}

function exportAuthorization(ctx: RpcContext, request: Api.auth.ExportAuthorization) {
  const account = me(ctx);
  if (!ctx.dcs.some((dc) => dc.id === request.dcId)) throw rpcError("DC_ID_INVALID");
  const id = randomBytes(8).readBigInt64LE(0);
  const bytes = randomBytes(128);
  ctx.state.exported.set(id.toString(), { accountId: account.id, dcId: request.dcId, bytes });
  return new Api.auth.ExportedAuthorization({ id: big(id), bytes });
}

function importAuthorization(ctx: RpcContext, request: Api.auth.ImportAuthorization) {
  const exported = ctx.state.exported.get(request.id.toString());
  if (!exported || exported.dcId !== ctx.caller.dcId || !exported.bytes.equals(Buffer.from(request.bytes))) {
    throw rpcError("AUTH_BYTES_INVALID");
  }
  ctx.state.exported.delete(request.id.toString());
  return authorization(ctx, ctx.world.account(exported.accountId)!);
}

function logOut(ctx: RpcContext) {
  me(ctx);
  ctx.world.bindAuthKey(ctx.caller.authKeyId, null);
  return new Api.auth.LoggedOut({});
}

export const authHandlers: HandlerTable = {
  "auth.SendCode": sendCode,
  "auth.SignIn": signIn,
  "auth.SignUp": signUp,
  "auth.CheckPassword": checkPassword,
  "auth.ImportBotAuthorization": importBot,
  "auth.ExportAuthorization": exportAuthorization,
  "auth.ImportAuthorization": importAuthorization,
  "auth.LogOut": logOut,
};
