/** Plain records of the emulated world, as persisted (JSON) in the world's SQLite file. */

/** The 2FA password as Telegram's servers keep it: only the SRP verifier, never the text. */
export interface PasswordRecord {
  /** hex */
  salt1: string;
  /** hex */
  salt2: string;
  g: number;
  /** hex, 256 bytes: g^x mod p */
  verifier: string;
  hint?: string;
}

/** The common update box of one account (private chats and basic groups). */
export interface UpdateState {
  pts: number;
  qts: number;
  seq: number;
  date: number;
}

export interface Account {
  id: number;
  kind: "user" | "bot";
  firstName: string;
  lastName?: string;
  username?: string;
  phone?: string;
  /** The DC that holds this account's data; other DCs answer *_MIGRATE_X. */
  dcId: number;
  /** One access_hash per peer (decimal string of a signed 64-bit number). */
  accessHash: string;
  botToken?: string;
  password?: PasswordRecord;
  /** Last message id of this account's own box (private chats and basic groups). */
  lastMessageId: number;
  state: UpdateState;
  createdAt: number;
}

export type ChatKind = "group" | "supergroup" | "channel";

/** Telegram's chatAdminRights flags, by their TL names. */
export type AdminRights = Partial<Record<AdminRightName, boolean>>;
export type AdminRightName =
  | "changeInfo"
  | "postMessages"
  | "editMessages"
  | "deleteMessages"
  | "banUsers"
  | "inviteUsers"
  | "pinMessages"
  | "addAdmins"
  | "anonymous"
  | "manageCall"
  | "other"
  | "manageTopics";

/** Telegram's chatBannedRights flags (true = forbidden), by their TL names. */
export type BannedRights = Partial<Record<string, boolean>> & { untilDate?: number };

export interface Member {
  userId: number;
  status: "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";
  adminRights?: AdminRights;
  rank?: string;
  bannedRights?: BannedRights;
  inviterId?: number;
  date: number;
}

export interface Chat {
  id: number;
  kind: ChatKind;
  title: string;
  username?: string;
  forum: boolean;
  creatorId: number;
  accessHash: string;
  date: number;
  members: Member[];
  /** Supergroups and channels: their own pts box and message numbering. */
  pts: number;
  lastMessageId: number;
  pinnedIds: number[];
  defaultBannedRights: BannedRights;
  about?: string;
  /** Basic groups: bumped on each change of the member list. */
  version: number;
  /** Basic groups upgraded to a supergroup: its id (the group is deactivated). */
  migratedTo?: number;
  /** Supergroups and channels: chats banned from posting as a sender chat, with their ban's end (0: forever). */
  bannedSenders?: { chatId: number; untilDate: number }[];
  /** Invite links the chat's admins made (invites.ts). */
  inviteLinks?: InviteLink[];
  /** Users who asked to join through a link that needs approval. */
  joinRequests?: { userId: number; date: number; hash: string }[];
  /** Boosts users gave the chat (boosts.ts). */
  boosts?: { id: string; userId: number; date: number; expires: number; slot?: number }[];
  /** Supergroups: the chat's sticker set (sticker-sets.ts), by id. */
  stickerSetId?: string;
}

export interface InviteLink {
  hash: string;
  adminId: number;
  date: number;
  title?: string;
  expireDate?: number;
  usageLimit?: number;
  requestNeeded?: boolean;
  /** The admin's primary link. */
  permanent?: boolean;
  revoked?: boolean;
  usage: number;
  /** Pending join requests made through this link. */
  requested?: number;
  /** Stars subscription: period in seconds and price. */
  subscription?: { period: number; amount: number };
}
