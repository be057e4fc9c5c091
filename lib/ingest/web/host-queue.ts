/** One request at a time per host, with a pause between two requests to the same host. */

/** Runs tasks for a host one after another. */
export interface HostQueue {
  /** Runs `task` once every earlier task for `host` has finished and the pause after it has passed; `pauseMs` replaces the queue's pause after this one. */
  run<T>(host: string, task: () => Promise<T>, pauseMs?: number): Promise<T>;
}

// not unref'd: a run waiting for the pause has nothing else keeping the process alive
const pause = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

/** A queue per host; `delayMs` is the politeness pause after each request to a host (0 for none). */
export function createHostQueue(delayMs: number): HostQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(host, task, pauseMs = delayMs) {
      const key = host.toLowerCase();
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(
        () => pause(pauseMs),
        () => pause(pauseMs),
      );
      tails.set(key, tail);
      // a host nobody waits for is forgotten, so the map stays as small as the hosts in flight
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
