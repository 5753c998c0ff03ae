/**
 * Builds schema-correct GramJS TL objects for tests (mtcute's `createStub` idea): every
 * required argument the caller leaves out gets a neutral default taken from the layer's
 * own schema, and the result is serialized once so a mistyped field fails the test here,
 * not deep inside a converter.
 */
import { Api } from "telegram";
import bigInt from "big-integer";
import { parseTl } from "telegram/tl/generationHelpers";
import apiTl from "telegram/tl/apiTl.js";

interface ArgConfig {
  isVector: boolean;
  isFlag: boolean;
  flagIndicator: boolean;
  type: string | null;
}

const argsById = new Map<number, Record<string, ArgConfig>>();
const typeById = new Map<number, string>();
for (const def of parseTl(apiTl as unknown as string, "198")) {
  if (def.isFunction) continue;
  argsById.set(def.constructorId, def.argsConfig);
  typeById.set(def.constructorId, def.result);
}

/** A default value for each abstract type that a required argument can have. */
const abstractDefaults: Record<string, () => unknown> = {
  Peer: () => new Api.PeerUser({ userId: bigInt(1) }),
  ChatPhoto: () => new Api.ChatPhotoEmpty(),
  UserProfilePhoto: () => new Api.UserProfilePhotoEmpty(),
  Photo: () => new Api.PhotoEmpty({ id: bigInt(0) }),
  PeerNotifySettings: () => new Api.PeerNotifySettings({}),
  PeerSettings: () => new Api.PeerSettings({}),
  MessageAction: () => new Api.MessageActionEmpty(),
  MessageMedia: () => new Api.MessageMediaEmpty(),
  TextWithEntities: () => new Api.TextWithEntities({ text: "", entities: [] }),
  ChatBannedRights: () => new Api.ChatBannedRights({ untilDate: 0 }),
  ChatAdminRights: () => new Api.ChatAdminRights({}),
  InputUser: () => new Api.InputUserEmpty(),
  InputPeer: () => new Api.InputPeerEmpty(),
  Reaction: () => new Api.ReactionEmpty(),
  GeoPoint: () => new Api.GeoPointEmpty(),
  ChatParticipants: () => new Api.ChatParticipantsForbidden({ chatId: bigInt(1) }),
  KeyboardButtonRow: () => new Api.KeyboardButtonRow({ buttons: [] }),
};

function defaultFor(type: string): unknown {
  switch (type) {
    case "int":
    case "double":
      return 0;
    case "long":
    case "int128":
    case "int256":
      return bigInt(0);
    case "string":
      return "";
    case "bytes":
      return Buffer.alloc(0);
    case "Bool":
      return false;
    default:
      return abstractDefaults[type]?.();
  }
}

type Ctor = (new (args: never) => { getBytes(): Buffer }) & { CONSTRUCTOR_ID: number };
type ArgsOf<C extends Ctor> = ConstructorParameters<C>[0];

/** `stub(Api.Message, { id: 5, message: "hi" })`: the fields given, the schema's defaults for the rest. */
export function stub<C extends Ctor>(cls: C, fields: Partial<NonNullable<ArgsOf<C>>> = {}): InstanceType<C> {
  const config = argsById.get(cls.CONSTRUCTOR_ID);
  if (!config) throw new Error(`no TL constructor for ${cls.name}`);
  const args: Record<string, unknown> = {};
  for (const [name, arg] of Object.entries(config)) {
    if (arg.isFlag || arg.flagIndicator || arg.type === null) continue;
    args[name] = arg.isVector ? [] : defaultFor(arg.type);
  }
  const obj = new cls({ ...args, ...fields } as never) as InstanceType<C>;
  check(cls.name, config, obj as unknown as Record<string, unknown>);
  obj.getBytes();
  return obj;
}

/** GramJS's own `validate` only logs, and `getBytes` coerces: so check each value's TL type here. */
function check(where: string, config: Record<string, ArgConfig>, obj: Record<string, unknown>): void {
  for (const [name, arg] of Object.entries(config)) {
    const value = obj[name];
    if (arg.flagIndicator || arg.type === null || (arg.isFlag && (value === undefined || value === null))) continue;
    const values = arg.isVector ? (Array.isArray(value) ? value : [Symbol("not an array")]) : [value];
    for (const v of values) {
      if (!fits(arg.type, v)) throw new Error(`${where}.${name}: ${String(v)} is not a TL ${arg.type}`);
    }
  }
}

function fits(type: string, v: unknown): boolean {
  switch (type) {
    case "int":
      return Number.isInteger(v);
    case "double":
      return typeof v === "number";
    case "long":
    case "int128":
    case "int256":
      return bigInt.isInstance(v) || typeof v === "bigint";
    case "string":
      return typeof v === "string";
    case "bytes":
      return Buffer.isBuffer(v);
    case "Bool":
    case "true":
      return typeof v === "boolean";
    default: {
      const id = (v as { CONSTRUCTOR_ID?: number } | null)?.CONSTRUCTOR_ID;
      return id !== undefined && typeById.get(id) === type;
    }
  }
}

/** A GramJS long from a number. */
export const long = (n: number | string) => (typeof n === "number" ? bigInt(n) : bigInt(n));
