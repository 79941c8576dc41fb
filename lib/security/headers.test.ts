import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "./headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.split(" ")[0] === name);

describe("security headers", () => {
  it("a production CSP: scripts only by nonce, no eval, no framing, no plugins, no base tag", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'none'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("development allows eval (React's dev build) and https upgrades requests", () => {
    const dev = contentSecurityPolicy({ nonce: "n", dev: true, https: false });
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
    expect(directive(dev, "style-src")).toBe("style-src 'self' 'unsafe-inline'"); // the dev overlay's styles
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: false, https: false }), "style-src")).toBe(
      "style-src 'self' 'nonce-n'",
    );
    expect(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("the other headers, with HSTS only over https", () => {
    const h = Object.fromEntries(securityHeaders({ https: false }));
    expect(h).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(h["Strict-Transport-Security"]).toBeUndefined();
    expect(Object.fromEntries(securityHeaders({ https: true }))["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("nonces are 16 random bytes in base64, different each time", () => {
    const random = (b: Uint8Array) => crypto.getRandomValues(b);
    const a = makeNonce(random),
      b = makeNonce(random);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
  });
});
