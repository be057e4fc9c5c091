/**
 * Scripts of this repository run as child processes by tests and benches (`node --import tsx scripts/…`):
 * their output is collected, a test can wait for a line, and stopping one waits for its exit.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** A running script and everything it printed so far. */
export interface ScriptProcess {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they came. */
  output(): string;
  /** Resolves once the output matches `pattern`; rejects if the process exits first or `ms` pass. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves with the exit code once the process ends on its own. */
  exited(): Promise<number | null>;
}

/** Starts `scripts/<script>` with `args` and extra environment variables. */
export function startScript(script: string, args: string[], env: Record<string, string>): ScriptProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let log = "";
  const waiters = new Set<() => void>();
  const onData = (d: Buffer) => {
    log += d.toString();
    for (const w of waiters) w();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => log,
    waitFor(pattern, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no ${pattern} within ${ms} ms in:\n${log.slice(-3000)}`)), ms);
        const check = () => pattern.test(log) && finish();
        const finish = (err?: Error) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (err) reject(err);
          else resolve();
        };
        waiters.add(check);
        void exit.then((code) =>
          finish(pattern.test(log) ? undefined : new Error(`${script} exited (${code}) before ${pattern}:\n${log}`)),
        );
        check();
      });
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exit;
    },
    exited: () => exit,
  };
}
