// Type-aware linting of every package's sources, run per package by turbo (`lint` task, in `pnpm test`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/src/generated/**", "**/node_modules/**", "**/.turbo/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // What this linter is here for: a promise nobody awaits, or one passed where a void callback goes.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Escaping control characters (CLI output, path segments) is the point of those patterns.
      "no-control-regex": "off",
      // An `async` function without `await` still returns a promise where an interface wants one.
      "@typescript-eslint/require-await": "off",
      // Passing a caught `unknown` or an abort reason (typed `any`) through unchanged keeps the error's class.
      "@typescript-eslint/prefer-promise-reject-errors": [
        "error",
        { allowThrowingUnknown: true, allowThrowingAny: true },
      ],
      // `{}` is openapi-fetch's own constraint (`Paths extends {}`) and how vendor SDKs type empty objects.
      "@typescript-eslint/no-empty-object-type": ["error", { allowObjectTypes: "always" }],
      // Errors are rebuilt without the original on purpose where its message could quote the input (a key).
      "preserve-caught-error": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/__fixtures__/**"],
    rules: {
      // `expectTypeOf(client.method)` looks at a method's type, it never calls it unbound.
      "@typescript-eslint/unbound-method": "off",
      // Tests feed integers beyond 2^53 on purpose, to check they survive as digit strings.
      "no-loss-of-precision": "off",
      // vitest's asymmetric matchers (`expect.any(String)`, `expect.stringMatching(…)`) are typed `any`.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
