/** upload.*: file parts in, byte ranges out, FILE_MIGRATE_X for files on another DC. */
import { Api } from "telegram";
import { migrateError, rpcError } from "../world/errors.ts";
import { fileById, readRange, saveUploadPart } from "../world/files.ts";
import { bool, type HandlerTable, me, type RpcContext } from "./context.ts";

const MB = 1024 * 1024;

function saveFilePart(ctx: RpcContext, request: Api.upload.SaveFilePart) {
  saveUploadPartOf(ctx, request.fileId.toString(), request.filePart, Buffer.from(request.bytes));
  return bool(true);
}

function saveBigFilePart(ctx: RpcContext, request: Api.upload.SaveBigFilePart) {
  saveUploadPartOf(ctx, request.fileId.toString(), request.filePart, Buffer.from(request.bytes), request.fileTotalParts);
  return bool(true);
}

/** Parts may go to any DC the account is logged in on; they are kept per account. */
function saveUploadPartOf(ctx: RpcContext, uploadId: string, part: number, bytes: Buffer, total?: number) {
  saveUploadPart(ctx.world, me(ctx).id, uploadId, part, bytes, total);
}

function getFile(ctx: RpcContext, request: Api.upload.GetFile) {
  me(ctx);
  const location = request.location;
  if (!(location instanceof Api.InputPhotoFileLocation || location instanceof Api.InputDocumentFileLocation)) {
    throw rpcError("FILE_ID_INVALID");
  }
  const record = fileById(ctx.world, location.id.toString());
  const kind = location instanceof Api.InputPhotoFileLocation ? "photo" : "document";
  if (!record || record.kind !== kind || record.accessHash !== location.accessHash.toString()) throw rpcError("FILE_ID_INVALID");
  if (Buffer.from(location.fileReference).toString("hex") !== record.fileReference) throw rpcError("FILE_REFERENCE_EXPIRED");
  if (record.dcId !== ctx.caller.dcId) throw migrateError("FILE", record.dcId);
  const offset = request.offset.toJSNumber();
  const limit = request.limit;
  if (offset < 0 || offset % 1024 !== 0) throw rpcError("OFFSET_INVALID");
  if (limit <= 0 || limit > MB || limit % 1024 !== 0) throw rpcError("LIMIT_INVALID");
  return new Api.upload.File({
    type: record.mimeType === "image/jpeg" ? new Api.storage.FileJpeg() : new Api.storage.FileUnknown(),
    mtime: record.date,
    bytes: readRange(ctx.world, record, offset, limit),
  });
}

export const uploadHandlers: HandlerTable = {
  "upload.SaveFilePart": saveFilePart,
  "upload.SaveBigFilePart": saveBigFilePart,
  "upload.GetFile": getFile,
};
