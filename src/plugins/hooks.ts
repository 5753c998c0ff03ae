/** Lifecycle hooks as named arrays; plugins register into them, the core runs them. */
import type { HookMap, HookName } from "./api.ts";

export const HOOK_NAMES: readonly HookName[] = [
  "onStart",
  "onStop",
  "onRequest",
  "beforeCall",
  "afterCall",
  "onError",
  "onUpdate",
];

export class Hooks {
  readonly lists: { [K in HookName]: HookMap[K][] } = {
    onStart: [],
    onStop: [],
    onRequest: [],
    beforeCall: [],
    afterCall: [],
    onError: [],
    onUpdate: [],
  };

  add<K extends HookName>(name: K, fn: HookMap[K]): void {
    const list = this.lists[name] as HookMap[K][] | undefined;
    if (!list) throw new Error(`unknown hook "${String(name)}"; known hooks: ${HOOK_NAMES.join(", ")}`);
    list.push(fn);
  }

  /** Runs every function of a hook in registration order, awaiting each. */
  async run<K extends Exclude<HookName, "onRequest">>(name: K, ...args: Parameters<HookMap[K]>): Promise<void> {
    for (const fn of this.lists[name]) await (fn as (...a: Parameters<HookMap[K]>) => unknown)(...args);
  }

  /** onRequest: the first hook that returns a Response answers the request. */
  async request(request: Request): Promise<Response | undefined> {
    for (const fn of this.lists.onRequest) {
      const response = await fn(request);
      if (response) return response;
    }
    return undefined;
  }
}
