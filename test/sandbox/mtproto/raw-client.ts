/**
 * A bare MTProto client for the server's service-message tests, built from GramJS's own
 * pieces (its connection, its handshake, its MTProtoState for encryption) so that the
 * server is checked against an independent implementation, with full control over
 * msg_id, salt and session.
 */
import { Api } from "telegram";
import { doAuthentication } from "telegram/network/Authenticator";
import { MTProtoPlainSender } from "telegram/network/MTProtoPlainSender";
import { MTProtoState } from "telegram/network/MTProtoState";
import { ConnectionTCPAbridged } from "telegram/network";
import { PromisedNetSockets } from "telegram/extensions";
import { Logger, LogLevel } from "telegram/extensions/Logger";
import { returnBigInt } from "telegram/Helpers";
import type { AuthKey } from "telegram/crypto/AuthKey";
import { IGE } from "telegram/crypto/IGE";

const log = new Logger(LogLevel.NONE);

/** The session_id GramJS keeps private in MTProtoState. */
export function sessionIdOf(state: MTProtoState): bigint {
  return BigInt.asIntN(64, BigInt((state as unknown as { id: { toString(): string } }).id.toString()));
}

export interface Received {
  msgId: bigint;
  seqNo: number;
  obj: any;
}

export class RawClient {
  private inbox: Received[] = [];
  state!: MTProtoState;
  authKey!: AuthKey;

  private constructor(readonly conn: InstanceType<typeof ConnectionTCPAbridged>) {}

  static async open(dc: { host: string; port: number; id: number }): Promise<RawClient> {
    const conn = new ConnectionTCPAbridged({ ip: dc.host, port: dc.port, dcId: dc.id, loggers: log, socket: PromisedNetSockets, proxy: undefined, testServers: false } as never);
    await conn.connect();
    return new RawClient(conn);
  }

  /**
   * GramJS drops a leading zero byte of a new key, so about 1 exchange in 256 fails its
   * own new_nonce_hash check: like GramJS's connect loop, try again.
   */
  async handshake(): Promise<void> {
    let done: Awaited<ReturnType<typeof doAuthentication>> | undefined;
    for (let attempt = 1; !done; attempt++) {
      try {
        done = await doAuthentication(new MTProtoPlainSender(this.conn, log), log);
      } catch (error) {
        if (attempt >= 4 || !String(error).includes("nonce hash")) throw error;
      }
    }
    const { authKey, timeOffset } = done;
    this.authKey = authKey;
    this.state = this.newSession();
    this.state.timeOffset = timeOffset;
  }

  /** Another session (new session_id) on the same auth key. */
  newSession(): MTProtoState {
    return new MTProtoState(this.authKey, log);
  }

  get salt(): bigint {
    return BigInt(this.state.salt.toString());
  }
  set salt(v: bigint) {
    this.state.salt = returnBigInt(v);
  }

  newMsgId(state = this.state): bigint {
    return BigInt(state._getNewMsgId().toString());
  }

  /** Sends `body` as one message; returns its msg_id. */
  async send(body: Buffer | { getBytes(): Buffer }, opts: { msgId?: bigint; contentRelated?: boolean; state?: MTProtoState } = {}): Promise<bigint> {
    const state = opts.state ?? this.state;
    const data = Buffer.isBuffer(body) ? body : body.getBytes();
    const msgId = opts.msgId ?? this.newMsgId(state);
    const head = Buffer.alloc(16);
    head.writeBigInt64LE(msgId, 0);
    head.writeInt32LE(state._getSeqNo(opts.contentRelated ?? true), 8);
    head.writeInt32LE(data.length, 12);
    await this.conn.send(await state.encryptMessageData(Buffer.concat([head, data])));
    return msgId;
  }

  /** The next message from the server, containers flattened. */
  async recv(): Promise<Received> {
    while (this.inbox.length === 0) {
      const packet = await this.conn.recv();
      const message = await this.state.decryptMessageData(packet);
      const obj = await message.obj;
      const parts = obj?.CONSTRUCTOR_ID === 0x73f1f8dc ? obj.messages : [{ ...message, obj }];
      for (const m of parts) this.inbox.push({ msgId: BigInt(m.msgId.toString()), seqNo: m.seqNo, obj: await m.obj });
    }
    return this.inbox.shift()!;
  }

  /**
   * The next packet's message bodies, undecoded (containers split): for answers GramJS's
   * schema cannot read, such as future_salts.
   */
  async recvBodies(): Promise<Buffer[]> {
    const packet = await this.conn.recv();
    const msgKey = packet.subarray(8, 24);
    const { key, iv } = await this.state._calcKey(this.authKey.getKey()!, msgKey, false);
    const plain = Buffer.from(new IGE(key, iv).decryptIge(packet.subarray(24)));
    const body = plain.subarray(32, 32 + plain.readInt32LE(28));
    if (body.readUInt32LE(0) !== 0x73f1f8dc) return [body];
    const bodies: Buffer[] = [];
    let at = 8;
    for (let i = 0; i < body.readInt32LE(4); i++) {
      const len = body.readInt32LE(at + 12);
      bodies.push(body.subarray(at + 16, at + 16 + len));
      at += 16 + len;
    }
    return bodies;
  }

  /** Skips messages until one of class `name` arrives. */
  async recvClass(name: string): Promise<Received> {
    for (;;) {
      const m = await this.recv();
      if (m.obj?.className === name || m.obj?.constructor?.name === name) return m;
    }
  }

  /** Gets a valid salt (the first message is answered with bad_server_salt). */
  async ready(): Promise<void> {
    await this.send(new Api.Ping({ pingId: returnBigInt(1n) }));
    const bad = await this.recvClass("BadServerSalt");
    this.salt = BigInt(bad.obj.newServerSalt.toString());
  }

  async close(): Promise<void> {
    await this.conn.disconnect();
  }
}
