import { getLoss, type NestedNumbers } from '../../src/index.ts';
import type { KeywordValue } from '../losses/types.ts';

/*
 * Python literals for the values of the store, apart from pytorchCode.ts so that the shell
 * (export caption, handout) can write a constructor call without loading torchRepr.
 */

export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "-float('inf')";
  // String(-0) is '0', which would lose the sign PyTorch keeps (and prints, as -0.).
  if (Object.is(v, -0)) return '-0.';
  const text = String(v);
  // From 1e21 on JS writes whole numbers with an exponent ('1e+21'): already a Python float,
  // and a trailing '.' would make it a syntax error.
  return Number.isInteger(v) && !text.includes('e') ? `${text}.` : text;
}

export function pyInt(v: number): string {
  return String(v);
}

export function pyList(v: NestedNumbers, num: (x: number) => string): string {
  return typeof v === 'number' ? num(v) : `[${v.map((x) => pyList(x, num)).join(', ')}]`;
}

/** A keyword's value as a Python literal: `'sum'`, `True`, `None`, `torch.tensor([1., 2.])`. */
export function pyValue(v: KeywordValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number') return String(v);
  return `torch.tensor(${pyList(v, pyNumber)})`;
}

/** The constructor as PyTorch code, with the keywords that differ from their defaults. */
export function constructorCall(
  name: string,
  params: Readonly<Record<string, KeywordValue>>,
  /** Python source for keywords whose plain literal is not what PyTorch takes (a callable). */
  keywordSource?: Readonly<Record<string, (value: KeywordValue) => string>>,
): string {
  const kwargs = getLoss(name)
    .meta.keywords.filter((k) => JSON.stringify(params[k.name]) !== JSON.stringify(k.default))
    .map((k) => {
      const value = params[k.name] ?? null;
      const source = keywordSource?.[k.name];
      return `${k.name}=${source ? source(value) : pyValue(value)}`;
    });
  return `nn.${name}(${kwargs.join(', ')})`;
}
