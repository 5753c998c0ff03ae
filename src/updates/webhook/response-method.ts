/**
 * A method a webhook receiver asks for in its 2xx response (`{"method": "sendMessage",
 * ...}`), as the official accepts it: any method but setWebhook, deleteWebhook, close,
 * logOut and the get* ones. Its result is not reported anywhere.
 * https://core.telegram.org/bots/api#making-requests-when-getting-updates
 */
export interface ResponseMethod {
  readonly method: string;
  readonly params: Record<string, string>;
}

const REFUSED: ReadonlySet<string> = new Set(["deletewebhook", "setwebhook", "close", "logout"]);

export function responseMethod(args: Record<string, string> | undefined): ResponseMethod | undefined {
  const method = args?.method;
  if (!args || !method) return undefined;
  const name = method.toLowerCase();
  if (REFUSED.has(name) || name.startsWith("get")) return undefined;
  const params = { ...args };
  delete params.method;
  return { method, params };
}
