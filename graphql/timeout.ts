/** The execution bound: an operation answers within 10 s or fails with code TIMEOUT. */
import { apiError } from "./errors.ts";

/** How long one operation may run. */
export const EXECUTION_TIMEOUT_MS = 10_000;

/** Error message of a timed-out operation. */
export const TIMEOUT_MESSAGE = `The operation took longer than ${EXECUTION_TIMEOUT_MS / 1000} s and was stopped.`;

/** Resolves like `work`, or rejects with a TIMEOUT error once `ms` have passed. */
export function withTimeout<T>(work: Promise<T>, ms: number = EXECUTION_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(apiError("TIMEOUT", TIMEOUT_MESSAGE)), ms);
    timer.unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
