/** Saves a blob as a file through a temporary blob: link (no server round trip, CSP-clean). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the time the click returns in every browser we know, but
  // revoking later costs nothing and spares a slow one.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
