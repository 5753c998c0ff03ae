/** help.*: the config with the sandbox's DC list, and the nearest DC. */
import { Api } from "telegram";
import type { HandlerTable, RpcContext } from "./context.ts";

const DAY = 86400;

/** The help.getConfig answer for a caller on `thisDc`, listing the sandbox's DCs. */
export function sandboxTlConfig(thisDc: number, dcs: readonly { id: number; host: string; port: number }[]): Api.Config {
  const date = Math.floor(Date.now() / 1000);
  return new Api.Config({
    date,
    expires: date + DAY,
    testMode: false,
    thisDc,
    dcOptions: dcs.map((dc) => new Api.DcOption({ id: dc.id, ipAddress: dc.host, port: dc.port, static: true })),
    dcTxtDomainName: "sandbox.invalid",
    chatSizeMax: 200,
    megagroupSizeMax: 200000,
    forwardedCountMax: 100,
    onlineUpdatePeriodMs: 210000,
    offlineBlurTimeoutMs: 5000,
    offlineIdleTimeoutMs: 30000,
    onlineCloudTimeoutMs: 300000,
    notifyCloudDelayMs: 30000,
    notifyDefaultDelayMs: 1500,
    pushChatPeriodMs: 60000,
    pushChatLimit: 2,
    editTimeLimit: 172800,
    revokeTimeLimit: 2147483647,
    revokePmTimeLimit: 2147483647,
    ratingEDecay: 2419200,
    stickersRecentLimit: 200,
    channelsReadMediaPeriod: 604800,
    callReceiveTimeoutMs: 20000,
    callRingTimeoutMs: 90000,
    callConnectTimeoutMs: 30000,
    callPacketTimeoutMs: 10000,
    meUrlPrefix: "https://t.me/",
    captionLengthMax: 1024,
    messageLengthMax: 4096,
    webfileDcId: 1,
  });
}

export const helpHandlers: HandlerTable = {
  "help.GetConfig": (ctx) => sandboxTlConfig(ctx.caller.dcId, ctx.dcs),
  "help.GetNearestDc": (ctx) =>
    new Api.NearestDc({ country: "ZZ", thisDc: ctx.caller.dcId, nearestDc: ctx.account?.dcId ?? ctx.caller.dcId }),
};
