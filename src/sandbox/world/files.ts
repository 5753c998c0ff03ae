/**
 * Stored files: uploads arrive part by part (upload.saveFilePart / saveBigFilePart), become
 * a file when a message uses them, and are read back by byte range (upload.getFile).
 */
import { randomBytes } from "node:crypto";
import type { Database } from "bun:sqlite";
import { rpcError } from "./errors.ts";
import { newAccessHash } from "./ids.ts";
import type { World } from "./world.ts";

/** Telegram's largest upload part, and the part size used for files the sandbox makes itself. */
export const MAX_PART = 512 * 1024;
const MAX_PARTS = 8000;

export interface FileRecord {
  /** Signed 64-bit id, decimal. */
  id: string;
  accessHash: string;
  /** hex */
  fileReference: string;
  /** The DC holding the bytes: others answer FILE_MIGRATE_X. */
  dcId: number;
  size: number;
  partSize: number;
  date: number;
  kind: "photo" | "document";
  mimeType: string;
  /** DocumentAttribute TL objects, base64 of their bytes. */
  attributes: string[];
  width?: number;
  height?: number;
}

const db = (world: World): Database => world.store.db;

export function saveUploadPart(world: World, owner: number, uploadId: string, part: number, data: Buffer, totalParts?: number): void {
  if (part < 0 || part >= MAX_PARTS || (totalParts !== undefined && part >= totalParts)) throw rpcError("FILE_PART_INVALID");
  if (data.length === 0 || data.length > MAX_PART) throw rpcError("FILE_PART_SIZE_INVALID");
  db(world)
    .query("INSERT OR REPLACE INTO upload_parts (owner, upload_id, part, data) VALUES (?, ?, ?, ?)")
    .run(owner, uploadId, part, data);
}

function newRecord(world: World, dcId: number, size: number, partSize: number, meta: Pick<FileRecord, "kind" | "mimeType" | "attributes" | "width" | "height">): FileRecord {
  const record: FileRecord = {
    id: randomBytes(8).readBigInt64LE(0).toString(),
    accessHash: newAccessHash(),
    fileReference: randomBytes(16).toString("hex"),
    dcId,
    size,
    partSize,
    date: Math.floor(Date.now() / 1000),
    ...meta,
  };
  db(world).query("INSERT INTO files (id, data) VALUES (?, ?)").run(record.id, JSON.stringify(record));
  return record;
}

/** Turns an upload's parts into a file; every part 0…parts−1 must be there. */
export function fileFromUpload(
  world: World,
  owner: number,
  uploadId: string,
  parts: number,
  dcId: number,
  meta: Pick<FileRecord, "kind" | "mimeType" | "attributes"> & { probe?: (head: Buffer) => { width?: number; height?: number } },
): FileRecord {
  const rows = db(world)
    .query<{ part: number; size: number }, [number, string]>(
      "SELECT part, length(data) AS size FROM upload_parts WHERE owner = ? AND upload_id = ? ORDER BY part",
    )
    .all(owner, uploadId);
  if (parts < 1 || rows.length !== parts || rows.some((row, i) => row.part !== i)) throw rpcError("FILE_PARTS_INVALID");
  const partSize = rows[0]!.size;
  // Telegram requires equal parts, the last one excepted.
  if (rows.slice(0, -1).some((row) => row.size !== partSize)) throw rpcError("FILE_PARTS_INVALID");
  const size = rows.reduce((sum, row) => sum + row.size, 0);
  const head = db(world)
    .query<{ data: Uint8Array }, [number, string]>("SELECT data FROM upload_parts WHERE owner = ? AND upload_id = ? AND part = 0")
    .get(owner, uploadId)!;
  const dims = meta.probe?.(Buffer.from(head.data)) ?? {};
  return world.store.transaction(() => {
    const record = newRecord(world, dcId, size, partSize, { kind: meta.kind, mimeType: meta.mimeType, attributes: meta.attributes, ...dims });
    db(world)
      .query("INSERT INTO file_parts (file_id, part, data) SELECT ?, part, data FROM upload_parts WHERE owner = ? AND upload_id = ?")
      .run(record.id, owner, uploadId);
    db(world).query("DELETE FROM upload_parts WHERE owner = ? AND upload_id = ?").run(owner, uploadId);
    return record;
  });
}

/** A file made from bytes at hand (the control API's media). */
export function fileFromBytes(world: World, data: Buffer, dcId: number, meta: Pick<FileRecord, "kind" | "mimeType" | "attributes" | "width" | "height">): FileRecord {
  return world.store.transaction(() => {
    const record = newRecord(world, dcId, data.length, MAX_PART, meta);
    for (let part = 0; part * MAX_PART < data.length || part === 0; part++) {
      db(world)
        .query("INSERT INTO file_parts (file_id, part, data) VALUES (?, ?, ?)")
        .run(record.id, part, data.subarray(part * MAX_PART, (part + 1) * MAX_PART));
    }
    return record;
  });
}

export function fileById(world: World, id: string): FileRecord | undefined {
  const row = db(world).query<{ data: string }, [string]>("SELECT data FROM files WHERE id = ?").get(id);
  return row ? (JSON.parse(row.data) as FileRecord) : undefined;
}

/** Bytes [offset, offset + limit) of a file (fewer at its end). */
export function readRange(world: World, record: FileRecord, offset: number, limit: number): Buffer {
  if (offset >= record.size) return Buffer.alloc(0);
  const first = Math.floor(offset / record.partSize);
  const last = Math.floor((Math.min(offset + limit, record.size) - 1) / record.partSize);
  const rows = db(world)
    .query<{ data: Uint8Array }, [string, number, number]>(
      "SELECT data FROM file_parts WHERE file_id = ? AND part BETWEEN ? AND ? ORDER BY part",
    )
    .all(record.id, first, last);
  const joined = Buffer.concat(rows.map((row) => Buffer.from(row.data)));
  const start = offset - first * record.partSize;
  return joined.subarray(start, start + limit);
}
