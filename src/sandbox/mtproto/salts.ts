/**
 * Server salts: one per auth key per 30-minute period, derived from a per-server secret so
 * that nothing needs storing. A salt is accepted during its period and the next one
 * (the overlap Telegram gives), and a new key's first salt (new_nonce XOR server_nonce)
 * for one period.
 * https://core.telegram.org/mtproto/description#server-salt
 */
import { createHmac, randomBytes } from "node:crypto";

const PERIOD = 1800;

export interface FutureSalt {
  validSince: number;
  validUntil: number;
  salt: bigint;
}

export class Salts {
  private readonly secret = randomBytes(32);
  private readonly first = new Map<bigint, { salt: bigint; until: number }>();
  /** The last salt computed per key: every packet needs the current one. */
  private readonly cache = new Map<bigint, { period: number; salt: bigint }>();

  private saltOf(keyId: bigint, period: number): bigint {
    const cached = this.cache.get(keyId);
    if (cached?.period === period) return cached.salt;
    const salt = this.compute(keyId, period);
    if (!cached || period > cached.period) {
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(keyId, { period, salt });
    }
    return salt;
  }

  private compute(keyId: bigint, period: number): bigint {
    const msg = Buffer.allocUnsafe(12);
    msg.writeBigUInt64LE(BigInt.asUintN(64, keyId), 0);
    msg.writeUInt32LE(period, 8);
    return createHmac("sha256", this.secret).update(msg).digest().readBigInt64LE(0);
  }

  current(keyId: bigint, now = Date.now() / 1000): bigint {
    return this.saltOf(keyId, Math.floor(now / PERIOD));
  }

  isValid(keyId: bigint, salt: bigint, now = Date.now() / 1000): boolean {
    const period = Math.floor(now / PERIOD);
    if (salt === this.saltOf(keyId, period) || salt === this.saltOf(keyId, period - 1)) return true;
    const first = this.first.get(keyId);
    return first !== undefined && first.salt === salt && now < first.until;
  }

  rememberFirst(keyId: bigint, salt: bigint, now = Date.now() / 1000): void {
    for (const [id, f] of this.first) if (f.until <= now) this.first.delete(id);
    this.first.set(keyId, { salt, until: now + PERIOD });
  }

  future(keyId: bigint, count: number, now = Date.now() / 1000): FutureSalt[] {
    const period = Math.floor(now / PERIOD);
    const out: FutureSalt[] = [];
    for (let i = 0; i < Math.max(1, Math.min(count, 64)); i++) {
      out.push({ validSince: (period + i) * PERIOD, validUntil: (period + i + 2) * PERIOD, salt: this.saltOf(keyId, period + i) });
    }
    return out;
  }
}
