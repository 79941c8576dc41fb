/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "wink-nlp", "wink-eng-lite-web-model", "unpdf", "mammoth"],
  poweredByHeader: false,
};
export default nextConfig;
