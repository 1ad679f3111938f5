// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages are loaded from node_modules at run time, not bundled:
  // PGlite reads its .wasm and data files relative to its own module URL.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@open-spaced-repetition/binding",
    "pg",
    "wink-nlp",
    "wink-eng-lite-web-model",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
