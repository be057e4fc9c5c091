/**
 * Learned components at run time: a stage that uses learned weights reads them
 * from a `LearnedModels` record by component name, so the pipeline can run with
 * the committed weights (`COMMITTED_MODELS`) or with weights trained in memory
 * (cross-validation) without any global state. A missing entry means "rules only".
 */

/** Weights of every learned component by name (plain JSON values); absent = rules only. */
export type LearnedModels = Readonly<Record<string, unknown>>;

/** No learned weights: every stage runs its hand-written rules alone. */
export const NO_MODELS: LearnedModels = Object.freeze({});

/** The weights of component `name` when `isWeights` accepts them, else null (rules only). */
export function getModel<T>(models: LearnedModels, name: string, isWeights: (value: unknown) => value is T): T | null {
  const value = models[name];
  if (value === undefined || value === null) return null;
  if (!isWeights(value)) throw new Error(`learned component "${name}": weights do not have the expected shape`);
  return value;
}
