import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../scripts/vite/contentSecurityPolicy.ts';

/** Every source file of the app, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

const files = sources('app').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('no user text reaches HTML or script', () => {
  it('only the KaTeX leaf sets HTML, and it renders with trust off', () => {
    const html = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML|outerHTML/.test(f.text));
    expect(html.map((f) => f.path)).toEqual([join('app', 'panel', 'Formula.tsx')]);
    const formula = html[0]?.text ?? '';
    expect(formula).toMatch(/trust: false/);
    expect(formula).not.toMatch(/trust: true/);
    // KaTeX is imported nowhere else, so no other component can turn trust on.
    const katex = files.filter((f) => /from 'katex'/.test(f.text));
    expect(katex.map((f) => f.path)).toEqual([join('app', 'panel', 'Formula.tsx')]);
  });

  it('builds no code from strings and writes no document markup', () => {
    for (const f of files) {
      expect(f.text, f.path).not.toMatch(
        /\beval\(|new Function\(|document\.write|insertAdjacentHTML/,
      );
    }
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it('runs scripts from our own origin only: no inline, eval or remote script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
