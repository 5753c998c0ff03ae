import { Api } from "telegram";
import type { Handler } from "../types.ts";
import { sendContent } from "./send.ts";

/**
 * A phone contact, with an optional vCard.
 * https://core.telegram.org/bots/api#sendcontact
 */
export const sendContact: Handler = (ctx, params) => {
  const media = new Api.InputMediaContact({
    phoneNumber: String(params.phone_number ?? ""),
    firstName: String(params.first_name ?? ""),
    lastName: String(params.last_name ?? ""),
    vcard: String(params.vcard ?? ""),
  });
  return sendContent(ctx, params, () => ({ text: "", entities: [], media }));
};
