import fc from 'fast-check';
import type { KeywordMeta, LossMeta } from '../../core/meta.ts';
import type { LossCall } from '../generators.ts';

/**
 * A call the core must refuse with a LossInputError whose message names at least one of
 * `names` (as a whole word, any case): the argument or keyword that is wrong.
 */
export interface Malformed {
  readonly kind: string;
  readonly inputs: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  readonly names: readonly string[];
}

/** Values no argument accepts: not a number nor a rectangular nested list of numbers. */
const NOT_A_TENSOR: readonly unknown[] = [
  'not a tensor',
  '',
  { data: [1] },
  {},
  true,
  [true],
  ['1'],
  [1, 'x'],
  [[1, 2], [3]],
  [1, [2]],
  [[1], 2],
  [[[1]], [2]],
  [null],
  [undefined],
  [{}],
  [[1, 2], null],
  10n,
  () => 1,
  Symbol('x'),
];

/** Keyword values outside every kind's domain, by kind. */
const BAD_KEYWORD: Record<KeywordMeta['kind'], readonly unknown[]> = {
  reduction: ['avg', 'MEAN', '', 'elementwise_mean', 1, true, ['mean'], {}, 10n],
  choice: ['euclid', 1, {}, [], 10n],
  // Strict in our contract: JSON has true and false, and the flags PyTorch hands to C++
  // refuse anything else.
  boolean: ['yes', 'true', 1, [], {}, 10n],
  number: ['1', 'abc', [], [1], {}, true, null, 10n],
  tensor: ['abc', [[1, 2], [3]], { a: 1 }, [true], [1, 'x']],
};

/** BAD_KEYWORD for this keyword: 'elementwise_mean' is 'mean' where get_enum reads it. */
function badValuesOf(kw: KeywordMeta): readonly unknown[] {
  const bad = BAD_KEYWORD[kw.kind];
  if (kw.kind !== 'reduction' || kw.acceptsElementwiseMean !== true) return bad;
  return bad.filter((v) => v !== 'elementwise_mean');
}

const UNKNOWN_ARGUMENTS = ['foo', 'inputs', 'Input', 'target2', 'weight', 'reduction', 'x'];
const UNKNOWN_KEYWORDS = ['foo', 'alpha', 'gamma', 'input', 'Reduction', 'size_averag', 'weights'];

/** The generic mutations of one valid call of a loss, whatever the loss. */
export function genericMalformed(
  meta: LossMeta,
  valid: fc.Arbitrary<LossCall>,
): fc.Arbitrary<Malformed> {
  const argNames = meta.arguments.map((a) => a.name);
  const required = meta.arguments.filter((a) => !a.optional).map((a) => a.name);
  const known = new Set(meta.arguments.flatMap((a) => [a.name, ...(a.aliases ?? [])]));
  const knownKeywords = new Set(meta.keywords.map((k) => k.name));
  const legacy = meta.legacyReductionFlags !== false && knownKeywords.has('reduction');
  const extraKeywords = [...UNKNOWN_KEYWORDS, ...(legacy ? [] : ['size_average', 'reduce'])].filter(
    (k) => !knownKeywords.has(k),
  );
  const integerArgs = meta.arguments.filter((a) => a.integer).map((a) => a.name);

  const mutations: fc.Arbitrary<(call: LossCall) => Malformed>[] = [
    fc
      .record({ arg: fc.constantFrom(...argNames), bad: fc.constantFrom(...NOT_A_TENSOR) })
      .map(({ arg, bad }) => (call) => ({
        kind: `${arg} is not a tensor`,
        inputs: { ...call.inputs, [arg]: bad },
        options: call.options,
        names: [arg],
      })),
    fc
      .record({ arg: fc.constantFrom(...required), how: fc.constantFrom('delete', 'null') })
      .map(({ arg, how }) => (call) => {
        const inputs: Record<string, unknown> = { ...call.inputs };
        if (how === 'delete') delete inputs[arg];
        else inputs[arg] = null;
        return { kind: `${arg} missing`, inputs, options: call.options, names: [arg] };
      }),
    fc.constantFrom(...UNKNOWN_ARGUMENTS.filter((a) => !known.has(a))).map((extra) => (call) => ({
      kind: `unknown argument ${extra}`,
      inputs: { ...call.inputs, [extra]: [1] },
      options: call.options,
      names: [extra],
    })),
    fc
      .record({ extra: fc.constantFrom(...extraKeywords), value: fc.constantFrom(1, 'mean', true) })
      .map(({ extra, value }) => (call) => ({
        kind: `unknown keyword ${extra}`,
        inputs: call.inputs,
        options: { ...call.options, [extra]: value },
        names: [extra],
      })),
    fc
      .constantFrom(...meta.keywords)
      .chain((kw) => fc.record({ kw: fc.constant(kw), bad: fc.constantFrom(...badValuesOf(kw)) }))
      .map(({ kw, bad }) => (call) => ({
        kind: `${kw.name} of the wrong kind`,
        inputs: call.inputs,
        options: { ...call.options, [kw.name]: bad },
        names: [kw.name],
      })),
  ];
  if (integerArgs.length > 0) {
    mutations.push(
      fc
        .record({
          arg: fc.constantFrom(...integerArgs),
          bad: fc.constantFrom(0.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e-310),
        })
        .map(({ arg, bad }) => (call) => ({
          kind: `${arg} holds a non-integer`,
          inputs: { ...call.inputs, [arg]: replaceFirst(call.inputs[arg], bad) },
          options: call.options,
          names: [arg],
        })),
    );
  }
  return fc
    .record({ call: valid, mutate: fc.oneof(...mutations) })
    .map(({ call, mutate }) => mutate(call));
}

/** The nested list with its first number replaced (a 0-d number replaced outright). */
function replaceFirst(value: unknown, bad: number): unknown {
  let done = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!done && typeof v === 'number') {
      done = true;
      return bad;
    }
    return v;
  };
  const out = walk(value);
  // An empty list (CTC's empty targets) has no number to replace: give it one.
  return done ? out : [bad];
}

/** Built once and shared: a 10^6-element list takes longer to build than to refuse. */
let pathological: readonly unknown[] | undefined;

/**
 * Huge and pathological lists, each refused quickly: a 10^6-element ragged list, a 10^6-element
 * list with a string at its end, a sparse list claiming 2^32 − 1 elements, a list nested 200
 * deep, and a list that contains itself.
 */
function pathologicalLists(): readonly unknown[] {
  if (pathological) return pathological;
  const ragged: unknown[] = new Array<unknown>(1e6).fill([1, 2]);
  ragged[ragged.length - 1] = [1];
  const typo: unknown[] = new Array<unknown>(1e6).fill(0.5);
  typo[typo.length - 1] = 'x';
  const sparse: number[] = [1];
  sparse.length = 2 ** 32 - 1;
  let deep: unknown = 0.5;
  for (let i = 0; i < 200; i++) deep = [deep];
  const cyclic: unknown[] = [];
  cyclic.push(cyclic);
  pathological = [ragged, typo, sparse, deep, cyclic];
  return pathological;
}

/** Each pathological list in place of one argument of a valid call. */
export function hugeMalformed(meta: LossMeta, call: LossCall): Malformed[] {
  return pathologicalLists().map((list, i) => {
    const arg = meta.arguments[i % meta.arguments.length]?.name ?? 'input';
    return {
      kind: `${arg} is pathological list #${i}`,
      inputs: { ...call.inputs, [arg]: list },
      options: call.options,
      names: [arg],
    };
  });
}

/** Whether a message names one of `names` as a whole word, ignoring case. */
export function namesOneOf(message: string, names: readonly string[]): boolean {
  return names.some((n) => {
    const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`, 'i').test(message);
  });
}
