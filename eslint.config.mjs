// ESLint (flat config): Next.js's rules (with React, react-hooks and jsx-a11y) and typescript-eslint's,
// as eslint-config-next assembles them. Run by `npm test` (scripts/test.mjs) before the tests.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      // A leading underscore says "deliberately unused" (a destructured field left out, a parameter a signature needs).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  // No text shown to people outside the dictionaries (messages/<locale>/*.json): a literal in JSX
  // on a public or admin page fails the lint. Punctuation between translated pieces is allowed.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["app/not-found.tsx"], // prerendered once for every address, in both languages at once
    plugins: { react: nextCoreWebVitals.find((entry) => entry.plugins?.react).plugins.react },
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: [
            "·",
            "→",
            "(",
            ")",
            ",",
            ".",
            ":",
            ";",
            "—",
            "–",
            "#",
            "%",
            "/",
            "“",
            "”",
            "«",
            "»",
            "…",
            "×",
            "*",
            "|",
            "+",
            "←",
          ],
        },
      ],
      // Nor as the text of a prop people read (a field's label or hint, an option's label): props
      // are exempt from the rule above, and a form once kept English labels that way.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXAttribute[name.name=/^(label|hint|title|placeholder|alt|aria-label|aria-description)$/] > Literal[value=/[A-Za-z]/]",
          message: "Text people read comes from messages/<locale>/*.json (useTranslations / getTranslations).",
        },
        {
          selector:
            "JSXAttribute > JSXExpressionContainer ObjectExpression > Property[key.name=/^(label|hint|title)$/] > Literal[value=/[A-Za-z]/]",
          message: "Text people read comes from messages/<locale>/*.json (useTranslations / getTranslations).",
        },
      ],
    },
  },
  // CommonJS files (Next.js's cache handler and what it shares with the server) load with require().
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
