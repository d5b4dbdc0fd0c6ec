// Lint: Next's recommended rules (core web vitals, TypeScript), plus the layering rule of this
// codebase: lib/ never imports Next, React or app/ (its tests included), so business logic stays
// framework-free and a test that drives route handlers lives in test/.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const FRAMEWORK = { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "lib/ stays free of Next and React; put framework glue under app/." };
const APP = { group: ["@/app", "@/app/*", "**/app/*"], message: "lib/ never imports app/: a test that drives route handlers belongs in test/." };
const READER = { group: ["@/lib/reader/*", "**/lib/reader/*"], message: "The reader's engine is used through its public face: import from @/lib/reader." };
// zod's named export z is a namespace object that bundlers keep whole: every locale of zod's
// messages (260 kB of the browser's code). The namespace import lets them drop what is unused.
const ZOD = { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: 'Write import * as z from "zod": the named z ships all of zod to the browser.' };
// The browser reaches the server one way, the public API through callApi: no server actions, whose
// requests would bypass the API's contracts, its authorisation matrix and its hostile-input fuzz.
const USE_SERVER = { selector: "ExpressionStatement[directive='use server']", message: 'No server actions: call the API route through callApi (app/_lib/api/call-api.ts, useApiForm for a form).' };
const TEST = { group: ["@/test", "@/test/*", "**/test/*"], message: "lib/ never imports test code; only *.test.ts files may use test/support." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "scripts/**/tmp-*", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: { "no-restricted-syntax": ["error", ZOD] },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: { "no-restricted-syntax": ["error", ZOD, USE_SERVER] },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [FRAMEWORK, APP, READER] }] },
  },
  {
    // lib/'s tests may use the test support in test/; lib/ itself never does.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [FRAMEWORK, APP, TEST, READER] }] },
  },
  {
    // The browser talks to the server one way: the typed client (app/_lib/api/call-api.ts) over its
    // one transport, from app/ and from the browser engines in lib/. File bytes are not an API answer:
    // an export download streams (use-export-download.ts), the PDF reader takes its file whole
    // (load-pdfjs.ts) and the reader a long source's plain text (load-document-text.ts), all through fetch.
    files: ["app/**/*.ts", "app/**/*.tsx", "lib/reader/**/*.ts", "lib/reader/**/*.tsx", "lib/pdf-view/**/*.ts"],
    ignores: ["app/api/**", "**/*.test.ts", "app/_lib/api/send-request.ts", "app/**/use-export-download.ts", "lib/reader/pdf/load-pdfjs.ts", "lib/reader/load-document-text.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Call the API through callApi (app/_lib/api/call-api.ts) with the route's contract." },
        { name: "XMLHttpRequest", message: "Call the API through callApi (app/_lib/api/call-api.ts); it reports upload progress." },
      ],
    },
  },
  {
    files: ["app/**", "scripts/**", "test/**", "e2e/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [READER] }] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
