/**
 * The intermediate transport (0xeeeeeeee, 4-byte little-endian lengths), which GramJS
 * 2.26 does not ship: a PacketCodec/Connection pair in GramJS's own shape.
 * https://core.telegram.org/mtproto/mtproto-transports#intermediate
 */
import { Connection } from "telegram/network";

const TAG = Buffer.from([0xee, 0xee, 0xee, 0xee]);

interface ByteReader {
  readExactly(n: number): Promise<Buffer>;
}

export class IntermediatePacketCodec {
  static tag = TAG;
  static obfuscateTag = TAG;
  tag = TAG;
  obfuscateTag = TAG;

  constructor(_connection?: unknown) {}

  encodePacket(data: Buffer): Buffer {
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(data.length);
    return Buffer.concat([head, data]);
  }

  async readPacket(reader: ByteReader): Promise<Buffer> {
    const head = await reader.readExactly(4);
    return reader.readExactly(head.readUInt32LE(0));
  }
}

export class ConnectionTCPIntermediate extends Connection {
  // GramJS types PacketCodecClass as its two codecs; ours has the same shape.
  override PacketCodecClass = IntermediatePacketCodec as never;
}
