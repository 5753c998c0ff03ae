/**
 * What the server does with one decrypted client message: msg_id and salt checks, a new
 * session's `new_session_created`, containers, gzip, acks, pings, state requests, session
 * destruction, future salts; anything else is an API call.
 * https://core.telegram.org/mtproto/service_messages
 * https://core.telegram.org/mtproto/service_messages_about_messages
 */
import { gunzipSync } from "node:zlib";
import { C } from "./constructors.ts";
import type { PlainMessage } from "./envelope.ts";
import { msgIdSeconds } from "./msg-id.ts";
import { runRpc, type RpcEnv } from "./rpc.ts";
import type { Salts } from "./salts.ts";
import * as svc from "./service.ts";
import { Received, type Session } from "./session.ts";
import { TlReader } from "./tl.ts";

export interface InboundEnv extends RpcEnv {
  salts: Salts;
  destroySession(session: Session, sessionId: bigint): boolean;
  /** ping_delay_disconnect: close the connection after `seconds` unless pinged again. */
  armDisconnect(seconds: number): void;
  /** Runs `tasks` in order before anything received later (work-queue.ts). */
  runFirst(tasks: (() => void)[]): void;
}

/** bad_msg_notification error codes. */
const BAD_MSG = { tooLow: 16, tooHigh: 17, notDivisibleBy4: 18 } as const;
/** A client msg_id may be this far in the past / future (seconds). */
const WINDOW_PAST = 300;
const WINDOW_FUTURE = 30;

export function handleMessage(env: InboundEnv, session: Session, m: PlainMessage): void {
  const now = Date.now() / 1000;
  const bad = (code: number) => session.send({ body: svc.badMsgNotification(m.msgId, m.seqNo, code), contentRelated: false, kind: 1 });
  if (m.msgId % 4n !== 0n) return bad(BAD_MSG.notDivisibleBy4);
  const seconds = msgIdSeconds(m.msgId);
  if (seconds < now - WINDOW_PAST) return bad(BAD_MSG.tooLow);
  if (seconds > now + WINDOW_FUTURE) return bad(BAD_MSG.tooHigh);
  if (!env.salts.isValid(session.authKeyId, m.salt, now)) {
    const salt = env.salts.current(session.authKeyId, now);
    return session.send({ body: svc.badServerSalt(m.msgId, m.seqNo, salt), contentRelated: false, kind: 1 });
  }
  if (!session.announced) {
    session.announced = true;
    const salt = env.salts.current(session.authKeyId, now);
    session.send({ body: svc.newSessionCreated(m.msgId, session.uniqueId, salt), contentRelated: true, kind: 1 });
  }
  receive(env, session, m.msgId, m.body);
}

/** One message (top level or inside a container); duplicates are ignored. */
function receive(env: InboundEnv, session: Session, msgId: bigint, body: Buffer): void {
  if (session.received.has(msgId)) return;
  session.remember(msgId, Received.Seen);
  dispatchBody(env, session, msgId, body);
}

function dispatchBody(env: InboundEnv, session: Session, msgId: bigint, body: Buffer): void {
  const r = new TlReader(body);
  const ctor = r.uint();
  const reply = (b: Buffer) => session.answer(msgId, b);
  switch (ctor) {
    case C.msgContainer: {
      const count = r.int();
      const inner: (() => void)[] = [];
      for (let i = 0; i < count; i++) {
        const innerId = r.long();
        r.int(); // seq_no
        const innerBody = r.raw(r.int());
        inner.push(() => receive(env, session, innerId, innerBody));
      }
      return env.runFirst(inner);
    }
    case C.gzipPacked:
      return dispatchBody(env, session, msgId, gunzipSync(r.bytes()));
    case C.msgsAck:
      return session.acknowledge(r.longVector());
    case C.httpWait:
    case C.msgsStateInfo:
    case C.msgsAllInfo:
    case C.msgResendReq:
    case C.msgDetailedInfo:
    case C.msgNewDetailedInfo:
      return;
    case C.ping:
      return reply(svc.pong(msgId, r.long()));
    case C.pingDelayDisconnect: {
      const pingId = r.long();
      env.armDisconnect(r.int());
      return reply(svc.pong(msgId, pingId));
    }
    case C.msgsStateReq:
      return reply(svc.msgsStateInfo(msgId, stateInfo(session, r.longVector())));
    case C.destroySession: {
      const id = r.long();
      return reply(svc.destroySessionAnswer(id, env.destroySession(session, id)));
    }
    case C.getFutureSalts: {
      const now = Math.floor(Date.now() / 1000);
      return reply(svc.futureSalts(msgId, now, env.salts.future(session.authKeyId, r.int(), now)));
    }
    case C.rpcDropAnswer:
      // Answers are sent as soon as they are ready, so there is never one to drop.
      return reply(svc.rpcResult(msgId, svc.rpcAnswerUnknown()));
    default:
      return runRpc(env, session, msgId, body);
  }
}

/** One byte per asked msg_id, as msgs_state_info defines it. */
function stateInfo(session: Session, ids: bigint[]): Buffer {
  const now = Date.now() / 1000;
  return Buffer.from(
    ids.map((id) => {
      const known = session.received.get(id);
      if (known !== undefined) return known;
      const seconds = msgIdSeconds(id);
      if (seconds < now - WINDOW_PAST) return 1;
      if (seconds > now + WINDOW_FUTURE) return 2;
      return 3;
    }),
  );
}
