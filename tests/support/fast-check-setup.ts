/**
 * Property tests are reproducible: a failure prints its seed and path (fast-check's
 * report, replay with `fc.assert(prop, { seed, path })` or FC_SEED=seed), and in CI
 * (CI set) or with FC_SEED every run uses one fixed seed, so a red build is red again.
 */
import fc from "fast-check";

const DEFAULT_CI_SEED = 20261202;
const raw = process.env.FC_SEED;
if (raw !== undefined && !/^-?\d+$/.test(raw))
  throw new Error(`FC_SEED=${JSON.stringify(raw)}: expected an integer seed`);
const seed = raw !== undefined ? Number(raw) : process.env.CI ? DEFAULT_CI_SEED : undefined;
fc.configureGlobal({ ...(seed !== undefined ? { seed } : {}), verbose: 1 });
