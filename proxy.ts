// Security headers on every response (docs/decisions/004): a fresh CSP nonce per request, put
// on the request too so that Next adds it to its own scripts, plus the fixed headers. No
// matcher: static files and API routes get the headers as well.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "@/lib/security";
import { getEnv, servedOverHttps } from "@/lib/server/env";

export function proxy(request: NextRequest) {
  const env = getEnv();
  const https = servedOverHttps(env);
  const nonce = makeNonce((b) => crypto.getRandomValues(b));
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of securityHeaders({ https })) response.headers.set(name, value);
  return response;
}
