/** Error texts of the storage layer. */
export const storeErrors = {
  schemaTooNew: (repo: string, found: number, known: number) =>
    `Database schema of "${repo}" is at version ${found}, but this build knows only ${known}: use a newer tgrest`,
  duplicateRepository: (repo: string) => `Repository "${repo}" is registered twice`,
  badAccountId: (id: number) => `Account id must be a positive safe integer, got ${id}`,
  foreignAccount: (path: string, found: number, expected: number) =>
    `${path} belongs to account ${found}, not ${expected}: was a data directory moved under the wrong name?`,
  closed: "The store is closed",
} as const;
