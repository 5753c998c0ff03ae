/** Every start-up error of the plugin loader, in one place. */
export class PluginLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PluginLoadError";
  }
}

export const loadErrors = {
  unknownBuiltin: (name: string, known: readonly string[]) =>
    `unknown plugin "${name}" in --plugins; built-in plugins: ${known.join(", ") || "(none)"}`,
  unreadableDir: (dir: string, reason: string) => `cannot read --plugins-dir ${dir}: ${reason}`,
  importFailed: (file: string, reason: string) => `cannot load plugin file ${file}: ${reason}`,
  notAPlugin: (origin: string, what: string) =>
    `${origin} does not export a plugin: its default export must be { name, version, setup(api) } or a function returning one (${what})`,
  duplicate: (name: string, first: string, second: string) =>
    `plugin "${name}" is loaded twice: ${first} and ${second}`,
  missingDependency: (name: string, dependency: string) =>
    `plugin "${name}" depends on "${dependency}", which is not loaded (enable it with --plugins or put it in --plugins-dir)`,
  dependencyCycle: (names: readonly string[]) => `plugins depend on each other in a cycle: ${names.join(" -> ")}`,
  setupFailed: (name: string, reason: string) => `plugin "${name}" failed to start: ${reason}`,
  badMethodName: (name: string) => `method name "${name}" is not valid (letters, digits and _ only, starting with a letter)`,
  methodExists: (name: string, owner: string) => `method "${name}" already exists (${owner})`,
  badRoute: (method: string, path: string) => `route ${method} ${path} is not valid: method must be GET or POST and path must start with "/"`,
  reservedRoute: (path: string) => `route ${path} is reserved for the Bot API paths (/bot…, /user…, /file/…, /docs)`,
  routeExists: (method: string, path: string, owner: string) => `route ${method} ${path} already exists (added by plugin "${owner}")`,
  notAFunction: (what: string) => `${what} must be a function`,
} as const;
