/** The environment as the data layer reads it: the one settings module (lib/settings), under the name older callers use. */
export { getSettings as getEnv, type Settings as AppEnv } from "@/lib/settings/settings.ts";
