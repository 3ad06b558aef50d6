/** An error the user caused (bad path, bad flag): one line on stderr, exit code 2. */
export class UsageError extends Error {}
