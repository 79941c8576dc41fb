import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the entry the nearest trusted proxy added, not one the client wrote", () => {
    expect(clientAddress("203.0.113.9", 1)).toBe("203.0.113.9");
    // a client forging the header directly to a proxy that appends: the proxy's entry wins
    expect(clientAddress("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("falls back to the leftmost entry when there are fewer entries than hops, and to 'unknown'", () => {
    expect(clientAddress("203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddress(undefined, 1)).toBe("unknown");
    expect(clientAddress(" , ", 1)).toBe("unknown");
  });

  it("bounds what it keeps and ignores case (IPv6)", () => {
    expect(clientAddress("2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("x".repeat(500), 1)).toHaveLength(64);
  });
});
