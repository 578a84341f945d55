/** Where a command prints and which folder it works in (tests pass their own). */
export interface CommandIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  /** Ends long-running commands (`generate --watch`, `mock`); the CLI uses SIGINT/SIGTERM. */
  signal?: AbortSignal;
}
