// The security headers every response carries (set by proxy.ts; docs/decisions/004).
// The CSP allows scripts only with this response's nonce (Next adds it to its own scripts)
// and whatever those scripts load ('strict-dynamic'); never eval outside development.

export interface HeaderContext {
  /** base64 nonce, fresh for each request */
  nonce: string;
  /** `next dev`: React's dev build needs eval for its error overlay and stacks */
  dev: boolean;
  /** served over https (NEXTAUTH_URL): upgrade stray http requests, and send HSTS */
  https: boolean;
}

export function contentSecurityPolicy({ nonce, dev, https }: HeaderContext): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // next dev's overlay injects <style> elements without the nonce (a nonce would disable
    // 'unsafe-inline', so development gets no nonce for styles)
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes (React's style prop, Recharts' SVG) cannot carry a nonce
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Everything but the CSP: the same on every response. */
export function securityHeaders({ https }: Pick<HeaderContext, "https">): [string, string][] {
  return [
    ["X-Frame-Options", "DENY"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
    [
      "Permissions-Policy",
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ...(https ? [["Strict-Transport-Security", "max-age=31536000"] as [string, string]] : []),
  ];
}

/** A fresh nonce: 16 random bytes, base64. */
export function makeNonce(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
