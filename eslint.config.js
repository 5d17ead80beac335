// Lint: typescript-eslint's recommended rules, plus the house rules that keep feed text out of
// HTML parsing (no innerHTML/outerHTML assignment, insertAdjacentHTML, eval, new Function).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        fetch: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly',
        queueMicrotask: 'readonly', location: 'readonly', customElements: 'readonly', HTMLElement: 'readonly',
      },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Feed text must never be parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Feed text must never be parsed as HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text must never be parsed as HTML.' }, { name: 'lit/directives/unsafe-svg.js', message: 'Feed text must never be parsed as HTML.' }, { name: 'lit/directives/style-map.js', message: 'styleMap writes a style attribute, which a strict Content-Security-Policy blocks: bind .style=${`…`} (the CSSOM) instead.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Layering: feed, format and viz never import Lit or element code (the CLI runs in Node).
    files: ['src/feed/**', 'src/format/**', 'src/viz/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '**/components/**', '**/internal/**'], message: 'feed/format/viz/cli must not depend on Lit or elements.' }] },
      ],
    },
  },
);
