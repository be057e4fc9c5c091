/** Mutations: placeholder until the editorial mutations land. */
import type { MutationResolvers } from "../generated/resolvers-types.ts";

/** Mutation fields. */
export const mutationResolvers: MutationResolvers = {};
