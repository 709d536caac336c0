import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app, as a meta tag: scripts only from our own origin
 * (no inline or remote scripts), no plugins, no remote anything. Styles allow inline attributes
 * because KaTeX positions glyphs with style="…". Added at build time only: Vite's dev server
 * injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Vite inlines the smallest KaTeX fonts as data: URLs.
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'losslab:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
