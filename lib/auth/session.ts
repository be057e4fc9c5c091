/**
 * Editors' sessions: `{editorId, csrf, issuedAt}` sealed with iron-session's
 * sealData/unsealData (encrypted and signed) into one HttpOnly, SameSite=Lax cookie.
 * Plain strings in and out, so the Next route handlers and the lean server read it alike.
 * The editor is looked up again on every request (lib/db/editors), so disabling one
 * takes effect at once; the seal itself only proves who signed in, and when.
 */
import { randomBytes } from "node:crypto";
import { sealData, unsealData } from "iron-session";

/** The session cookie's name. */
export const SESSION_COOKIE = "nkg_session";

/** How long a session lasts, in seconds (12 hours). */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

/** What the cookie carries. */
export interface SessionData {
  editorId: number;
  /** The token every form and cookie-authorised mutation must echo (lib/auth/csrf.ts). */
  csrf: string;
  /** Milliseconds since the epoch when the editor signed in. */
  issuedAt: number;
}

/** A new session for `editorId`, with a fresh CSRF token. */
export function newSession(editorId: number, now: number): SessionData {
  return { editorId, csrf: randomBytes(24).toString("base64url"), issuedAt: now };
}

/** Throws unless `secret` can seal sessions (iron-session needs 32+ characters). */
function checkSecret(secret: string): void {
  if (secret.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters");
}

/** The sealed cookie value of `session`. */
export async function sealSession(session: SessionData, secret: string): Promise<string> {
  checkSecret(secret);
  return sealData(session, { password: secret, ttl: SESSION_TTL_SECONDS });
}

const isSession = (v: unknown): v is SessionData => {
  const s = v as Partial<SessionData> | null;
  return (
    !!s &&
    Number.isInteger(s.editorId) &&
    typeof s.csrf === "string" &&
    s.csrf.length > 0 &&
    Number.isFinite(s.issuedAt)
  );
};

/**
 * The session in a sealed cookie value, or null when it is not one of ours: forged,
 * tampered with, sealed with another secret, expired or malformed all mean "signed out".
 */
export async function unsealSession(seal: string, secret: string, now: number): Promise<SessionData | null> {
  checkSecret(secret);
  let data: unknown;
  try {
    data = await unsealData<unknown>(seal, { password: secret, ttl: SESSION_TTL_SECONDS });
  } catch {
    // a cookie value that is not even a seal is the client's garbage, not our failure
    return null;
  }
  if (!isSession(data)) return null;
  if (data.issuedAt > now + 60_000 || now - data.issuedAt > SESSION_TTL_SECONDS * 1000) return null;
  return data;
}

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The Set-Cookie value that stores `seal` (Secure when the site is served over HTTPS). */
export function sessionCookie(seal: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(seal)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${SESSION_TTL_SECONDS}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}
