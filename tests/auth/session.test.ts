import { describe, expect, it } from "vitest";
import {
  clearedSessionCookie,
  newSession,
  readCookie,
  sealSession,
  SESSION_TTL_SECONDS,
  sessionCookie,
  unsealSession,
} from "@/lib/auth/session.ts";

const SECRET = "a-test-secret-that-is-long-enough-0123";
const NOW = Date.UTC(2026, 0, 5, 9);

describe("session", () => {
  it("unseals what it sealed", async () => {
    const s = newSession(3, NOW);
    expect(await unsealSession(await sealSession(s, SECRET), SECRET, NOW + 1000)).toEqual(s);
  });

  it.each([
    ["another secret", async (seal: string) => unsealSession(seal, `${SECRET}-other`, NOW)],
    ["a tampered seal", async (seal: string) => unsealSession(`${seal.slice(0, -3)}abc`, SECRET, NOW)],
    ["garbage", async () => unsealSession("not a seal at all", SECRET, NOW)],
    ["an expired session", async (seal: string) => unsealSession(seal, SECRET, NOW + SESSION_TTL_SECONDS * 1000 + 1)],
  ])("says signed out for %s", async (_name, unseal) => {
    expect(await unseal(await sealSession(newSession(3, NOW), SECRET))).toBeNull();
  });

  it("refuses a secret shorter than 32 characters", async () => {
    await expect(sealSession(newSession(1, NOW), "short")).rejects.toThrow(/32 characters/);
  });

  it("gives every session its own CSRF token", () => {
    expect(newSession(1, NOW).csrf).not.toBe(newSession(1, NOW).csrf);
  });

  it("reads one cookie out of a Cookie header", () => {
    expect(readCookie("a=1; nkg_session=Fe26.2%2Ax; b=2", "nkg_session")).toBe("Fe26.2*x");
    expect(readCookie("a=1", "nkg_session")).toBeNull();
    expect(readCookie(null, "nkg_session")).toBeNull();
  });

  it("sets an HttpOnly SameSite=Lax cookie, Secure over HTTPS, and clears it", () => {
    expect(sessionCookie("v", true)).toBe(
      `nkg_session=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_SECONDS}; Secure`,
    );
    expect(sessionCookie("v", false)).not.toContain("Secure");
    expect(clearedSessionCookie(false)).toBe("nkg_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
  });
});
