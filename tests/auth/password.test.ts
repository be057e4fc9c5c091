import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password.ts";

describe("password", () => {
  it("verifies the password it hashed and refuses any other", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash, so one password never hashes the same twice", async () => {
    expect(await hashPassword("same words")).not.toBe(await hashPassword("same words"));
  });

  it("throws on a stored value that is not a scrypt hash, and on an empty password to hash", async () => {
    await expect(verifyPassword("x", "plain-text")).rejects.toThrow(/scrypt\$N\$r\$p\$salt\$hash/);
    await expect(hashPassword("")).rejects.toThrow(/empty/);
  });

  it("generates one-time passwords of 20 URL-safe characters, each new", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[\w-]{20}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
