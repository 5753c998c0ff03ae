/**
 * One client TCP connection: transport framing, plain messages to the handshake,
 * encrypted ones (after the auth key check) to the session layer.
 * https://core.telegram.org/mtproto/mtproto-transports#transport-errors
 */
import type { Socket } from "node:net";
import { openClientPacket, plainPacket, sealServerPacket } from "./envelope.ts";
import { Handshake, HandshakeError, type HandshakeEnv } from "./handshake.ts";
import type { Hub, HubConnection } from "./hub.ts";
import { handleMessage, type InboundEnv } from "./inbound.ts";
import { nextServerMsgId } from "./msg-id.ts";
import type { ContainedMessage } from "./service.ts";
import type { Session } from "./session.ts";
import { TransportCodec, TransportError } from "./transport.ts";
import { WorkQueue } from "./work-queue.ts";

export type ConnectionEnv = Omit<InboundEnv, "armDisconnect" | "destroySession" | "runFirst"> & HandshakeEnv & { hub: Hub };

/** Transport error: the auth key is unknown here. */
const UNKNOWN_AUTH_KEY = -404;
/** Packets and contained messages run per event-loop turn (work-queue.ts). */
const MESSAGES_PER_TURN = 16;

export class ClientConnection implements HubConnection {
  closed = false;
  private readonly codec = new TransportCodec();
  private readonly handshake: Handshake;
  private readonly inbound: InboundEnv;
  private readonly work = new WorkQueue(MESSAGES_PER_TURN, (e) => this.failed(e));
  private disconnectTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly socket: Socket,
    private readonly env: ConnectionEnv,
  ) {
    this.handshake = new Handshake(env);
    this.inbound = {
      ...env,
      armDisconnect: (seconds) => this.armDisconnect(seconds),
      destroySession: (asker, id) => env.hub.destroySession(asker, id),
      runFirst: (tasks) => this.work.runFirst(tasks),
    };
    env.hub.addConnection(this);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", () => this.destroy());
    socket.on("close", () => this.destroy());
  }

  sendEncrypted(session: Session, message: ContainedMessage): void {
    const salt = this.env.salts.current(session.authKeyId);
    this.write(sealServerPacket(session.authKey, session.authKeyId, { salt, sessionId: session.sessionId, ...message }));
  }

  /** Closes the connection; `graceful` lets already written bytes reach the client first. */
  destroy(graceful = false): void {
    if (this.closed) return;
    this.closed = true;
    if (this.disconnectTimer) clearTimeout(this.disconnectTimer);
    this.env.hub.removeConnection(this);
    if (graceful) this.socket.end();
    else this.socket.destroy();
  }

  private write(payload: Buffer): void {
    if (!this.closed) this.socket.write(this.codec.encode(payload));
  }

  private onData(chunk: Buffer): void {
    try {
      for (const packet of this.codec.push(chunk)) this.work.push(() => this.onPacket(packet));
    } catch (e) {
      this.failed(e);
    }
  }

  private failed(e: unknown): void {
    if (!(e instanceof TransportError || e instanceof HandshakeError || e instanceof RangeError)) {
      console.error("sandbox: connection failed:", e);
    }
    this.destroy();
  }

  private onPacket(packet: Buffer): void {
    if (this.closed) return;
    if (packet.length < 24) throw new TransportError("packet too short");
    const authKeyId = packet.readBigUInt64LE(0);
    if (authKeyId === 0n) {
      const length = packet.readInt32LE(16);
      const answer = this.handshake.handle(packet.subarray(20, 20 + length));
      this.write(plainPacket(nextServerMsgId(1), answer));
      return;
    }
    const stored = this.env.authKeys.get(authKeyId.toString());
    if (!stored || stored.dcId !== this.env.dcId) return this.fail(UNKNOWN_AUTH_KEY);
    const message = openClientPacket(stored.key, packet);
    if (!message) throw new TransportError("msg_key mismatch");
    const session = this.env.hub.session(authKeyId, stored.key, message.sessionId, this);
    handleMessage(this.inbound, session, message);
  }

  private fail(code: number): void {
    if (this.closed) return;
    this.socket.write(this.codec.encodeError(code));
    this.destroy(true);
  }

  private armDisconnect(seconds: number): void {
    if (this.disconnectTimer) clearTimeout(this.disconnectTimer);
    this.disconnectTimer = setTimeout(() => this.destroy(), Math.max(0, seconds) * 1000);
    this.disconnectTimer.unref?.();
  }
}
