/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "wink-nlp", "wink-eng-lite-web-model", "unpdf", "mammoth"],
  poweredByHeader: false,
  // Uploads go through a server action: allow the 10 MB document limit plus form overhead,
  // so an oversize file reaches our own check and gets its plain message.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};
export default nextConfig;
