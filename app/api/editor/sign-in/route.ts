/**
 * POST /api/editor/sign-in (form: name, password, next): signs an editor in with a sealed
 * session cookie and sends them back. Attempts are rate-limited per client and per name,
 * and every attempt is logged (name, client, outcome; never the password).
 */
import { refuse, readEditorForm, seeOther } from "@/app/api/editor/form-request.ts";
import { signInEditor } from "@/graphql/sign-in.ts";
import { sessionCookie } from "@/lib/auth/session.ts";
import { getClientKey, RateLimiter } from "@/lib/http/rate-limiter.ts";
import { getSettings } from "@/lib/settings/settings.ts";

export const dynamic = "force-dynamic";

// five tries at once, then one every 12 s: per address, and per account whatever the address
const limiters = ((
  globalThis as unknown as { __signInLimiters?: { client: RateLimiter; name: RateLimiter } }
).__signInLimiters ??= {
  client: new RateLimiter({ perMinute: 5, burst: 5 }),
  name: new RateLimiter({ perMinute: 5, burst: 5 }),
});

function logAttempt(name: string, client: string, outcome: string): void {
  console.warn(
    JSON.stringify({ event: "editor-sign-in", name: name.slice(0, 60), client, outcome, at: new Date().toISOString() }),
  );
}

/** Signs in, or sends the editor back to the form with a reason. */
export async function POST(request: Request): Promise<Response> {
  const secret = getSettings().SESSION_SECRET;
  if (!secret) return refuse(503, "Sign-in is disabled: the server has no SESSION_SECRET configured.");
  const form = await readEditorForm(request);
  if ("refused" in form) return form.refused;
  const { fields, origin } = form;
  const name = (fields.get("name") ?? "").trim().toLowerCase();
  const password = fields.get("password") ?? "";
  const next = fields.get("next") ?? "/";
  const back = `/sign-in?next=${encodeURIComponent(next)}`;
  const client = getClientKey(request.headers);
  const byClient = limiters.client.take(client);
  const byName = limiters.name.take(`name:${name}`);
  if (!byClient.allowed || !byName.allowed) {
    logAttempt(name, client, "rate-limited");
    const wait = Math.max(byClient.retryAfterSeconds, byName.retryAfterSeconds);
    return seeOther(origin, back, ["error", `rate-limited-${wait}`]);
  }
  if (!name || !password || password.length > 1000) {
    logAttempt(name, client, "incomplete");
    return seeOther(origin, back, ["error", "incomplete"]);
  }
  const signedIn = await signInEditor(name, password, secret);
  if (!signedIn) {
    logAttempt(name, client, "refused");
    return seeOther(origin, back, ["error", "wrong"]);
  }
  logAttempt(signedIn.name, client, "signed-in");
  return seeOther(origin, next, undefined, [sessionCookie(signedIn.seal, origin.startsWith("https:"))]);
}
