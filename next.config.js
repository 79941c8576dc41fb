/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "unpdf",
    "mammoth",
  ],
  poweredByHeader: false,
  // Pasted text goes through a server action: allow the 10 MB limit plus form overhead, so an
  // oversize paste reaches our own check and gets its plain message. Files go to a route
  // (app/library/upload) that answers 413 itself. The proxy (proxy.ts) buffers request bodies
  // up to proxyClientMaxBodySize and silently cuts the rest (default 10 MB): a 10 MB file with
  // its form framing must pass whole. authInterrupts: forbidden() gives a 403 page.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "12mb", authInterrupts: true },
};
export default nextConfig;
