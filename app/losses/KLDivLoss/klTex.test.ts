import { describe, expect, it } from 'vitest';
import { klReductionTex, rowKlTex } from './klTex.ts';

describe('KLDivLoss TeX', () => {
  it('writes one term per line and ends with the given value', () => {
    const tex = rowKlTex([-1, -2], [0.5, 0], false, 0.1234);
    expect(tex).toContain(String.raw`0.5\left(\log 0.5 - (-1)\right) \\ &\quad + 0`);
    expect(tex).toContain('&= 0.1234');
    expect(rowKlTex([-1], [-0.5], true, 1)).toContain(String.raw`e^{-0.5}\left(-0.5 - (-1)\right)`);
  });

  it('divides by N for batchmean and by every element for mean', () => {
    expect(klReductionTex('batchmean', 0.3, 2, 6, 0.15)).toContain(
      String.raw`\frac{0.3}{2} = 0.15`,
    );
    expect(klReductionTex('mean', 0.3, 2, 6, 0.05)).toContain(String.raw`\frac{0.3}{6} = 0.05`);
    expect(klReductionTex('sum', 0.3, 2, 6, 0.3)).toMatch(/= 0\.3$/);
  });
});
