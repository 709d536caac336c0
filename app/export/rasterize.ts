import type { StandaloneSvg } from './composeSvg.ts';

/**
 * Draws a standalone SVG into a PNG at `scale` times its nominal size (2 by default: sharp on a
 * projector and on a high-density screen alike). The SVG goes in through a blob: URL, which
 * the page's Content-Security-Policy allows for images and which keeps the canvas clean.
 */
export async function rasterize(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2-d canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
