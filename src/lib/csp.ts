/**
 * The Content-Security-Policy every page sends as a meta tag (DESIGN.md §8): scripts only from the
 * site itself, never inline. Styles allow inline because the build-time Mermaid SVGs carry their
 * own <style> and style attributes; inline style cannot run script.
 */
export function contentSecurityPolicy(pathname: string): string {
  // Pagefind runs its search index as WebAssembly on the search page only.
  const script = pathname.startsWith('/sok/') ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'";
  return [
    "default-src 'self'",
    script,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
