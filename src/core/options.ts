import { describeValue } from './describe.ts';
import { LossInputError } from './LossInputError.ts';
import type { KeywordMeta, LossMeta } from './meta.ts';
import { tensorFromNested, type Tensor } from './tensor.ts';

type Value = number | boolean | string | Tensor | null;

/**
 * Constructor keywords after validation against the loss's metadata, with PyTorch's defaults
 * filled in. Accessors are typed so a loss cannot read a keyword as the wrong kind.
 */
export class Options {
  constructor(
    private readonly lossName: string,
    private readonly values: ReadonlyMap<string, Value>,
  ) {}

  private get(name: string): Value {
    if (!this.values.has(name))
      throw new Error(`internal: ${this.lossName} has no keyword ${name}`);
    return this.values.get(name) ?? null;
  }

  number(name: string): number {
    const v = this.get(name);
    if (typeof v !== 'number') throw new Error(`internal: ${name} is not a number`);
    return v;
  }

  boolean(name: string): boolean {
    const v = this.get(name);
    if (typeof v !== 'boolean') throw new Error(`internal: ${name} is not a boolean`);
    return v;
  }

  string(name: string): string {
    const v = this.get(name);
    if (typeof v !== 'string') throw new Error(`internal: ${name} is not a string`);
    return v;
  }

  /** A choice keyword declared `nullable`: its string, or null for PyTorch's `None`. */
  stringOrNull(name: string): string | null {
    const v = this.get(name);
    if (v !== null && typeof v !== 'string') throw new Error(`internal: ${name} is not a string`);
    return v;
  }

  tensor(name: string): Tensor | null {
    const v = this.get(name);
    if (v !== null && typeof v !== 'object') throw new Error(`internal: ${name} is not a tensor`);
    return v;
  }
}

function checkValue(loss: string, kw: KeywordMeta, raw: unknown): Value {
  const where = `${loss}: ${kw.name}`;
  switch (kw.kind) {
    case 'reduction':
    case 'choice':
      if (kw.kind === 'reduction' && kw.acceptsElementwiseMean && raw === 'elementwise_mean')
        return 'mean';
      if (raw === null && kw.kind === 'choice' && kw.nullable) return null;
      if (typeof raw !== 'string' || !kw.choices.includes(raw)) {
        throw new LossInputError(
          `${where}: ${describeValue(raw)} is not a valid value (expected one of ${kw.choices.map((c) => `'${c}'`).join(', ')})`,
        );
      }
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean')
        throw new LossInputError(`${where} must be True or False, got ${describeValue(raw)}`);
      return raw;
    case 'number':
      if (typeof raw !== 'number' || (Number.isNaN(raw) && kw.acceptsNaN !== true)) {
        throw new LossInputError(`${where} must be a number, got ${describeValue(raw)}`);
      }
      if (kw.integer && !Number.isInteger(raw))
        throw new LossInputError(`${where} must be an integer, got ${raw}`);
      // PyTorch reads integer keywords (ignore_index, blank) into an int64.
      if (kw.integer && (raw >= 2 ** 63 || raw < -(2 ** 63)))
        throw new LossInputError(
          `${where}: Overflow when unpacking long (${raw} does not fit in a 64-bit integer)`,
        );
      return raw;
    case 'tensor':
      return raw === null || raw === undefined ? null : tensorFromNested(raw, kw.name);
  }
}

/**
 * PyTorch still accepts the deprecated `size_average` and `reduce` flags and folds them into
 * `reduction` (torch/nn/_reduction.py, legacy_get_string).
 */
function legacyReduction(sizeAverage: unknown, reduceFlag: unknown): string {
  const sa = sizeAverage ?? true;
  const rd = reduceFlag ?? true;
  if (!rd) return 'none';
  return sa ? 'mean' : 'sum';
}

/** Validates user keywords against `meta` and fills in defaults. Unknown keywords are refused. */
export function resolveOptions(
  meta: LossMeta,
  options: Readonly<Record<string, unknown>> = {},
): Options {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new LossInputError(
      `${meta.name}.__init__() takes its keyword arguments as an object ({ reduction, ... }), got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`,
    );
  }
  const byName = new Map(meta.keywords.map((k) => [k.name, k]));
  const values = new Map<string, Value>(meta.keywords.map((k) => [k.name, k.default]));
  const takesLegacyFlags = byName.has('reduction') && meta.legacyReductionFlags !== false;
  const { size_average: sizeAverage, reduce: reduceFlag } = options;
  const legacy = takesLegacyFlags && (sizeAverage != null || reduceFlag != null);
  for (const [name, raw] of Object.entries(options)) {
    if (raw === undefined) continue;
    if (takesLegacyFlags && (name === 'size_average' || name === 'reduce')) continue;
    // _Loss.__init__ replaces `reduction` by the legacy flags' reading without looking at it,
    // so with either flag set even an invalid reduction is accepted (and ignored).
    if (legacy && name === 'reduction') continue;
    const kw = byName.get(name);
    if (!kw)
      throw new LossInputError(
        `${meta.name}.__init__() got an unexpected keyword argument '${name}'`,
      );
    values.set(name, checkValue(meta.name, kw, raw));
  }
  if (legacy) values.set('reduction', legacyReduction(sizeAverage, reduceFlag));
  return new Options(meta.name, values);
}
