/** Text in both of the app's languages. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export type Family = 'regression' | 'probabilistic' | 'margin' | 'embedding' | 'sequence';

export const FAMILIES: readonly Family[] = [
  'regression',
  'probabilistic',
  'margin',
  'embedding',
  'sequence',
];

/** One argument of the loss's `forward()`, by PyTorch's own parameter name. */
export interface ArgumentMeta {
  readonly name: string;
  /** `prediction` arguments receive gradients; `target` and `length` arguments do not. */
  readonly role: 'prediction' | 'target' | 'length';
  /** The shapes PyTorch accepts, in its docs' notation, e.g. `(N, C)` or `(C)`. */
  readonly shape: string;
  /** Integer-valued (a Long tensor in PyTorch: class indices, lengths). */
  readonly integer?: boolean;
  /**
   * Other names PyTorch accepts for this argument, e.g. PoissonNLLLoss's forward() calls its
   * first argument `log_input` while F.poisson_nll_loss and the docs call it `input`.
   */
  readonly aliases?: readonly string[];
  /** CTC's lengths may be omitted in some layouts; everything else is required. */
  readonly optional?: boolean;
  readonly doc: Bilingual;
}

interface KeywordBase {
  readonly name: string;
  readonly doc: Bilingual;
}

/** A constructor keyword, typed, with PyTorch's default and a range that suits a slider. */
export type KeywordMeta =
  | (KeywordBase & {
      readonly kind: 'reduction';
      readonly default: string;
      readonly choices: readonly string[];
      /**
       * PyTorch's _Reduction.get_enum still takes the deprecated 'elementwise_mean' as 'mean'
       * (with a warning). True for the losses whose functional goes through get_enum; the few that
       * compare the string themselves (MultiLabelSoftMarginLoss among them) refuse it.
       */
      readonly acceptsElementwiseMean?: boolean;
    })
  | (KeywordBase & {
      readonly kind: 'choice';
      readonly default: string;
      readonly choices: readonly string[];
      /**
       * Also accepts `null` (PyTorch's `None`), for keywords such as `distance_function` whose
       * PyTorch default is `None` and which the UI offers as a named choice.
       */
      readonly nullable?: boolean;
    })
  | (KeywordBase & { readonly kind: 'boolean'; readonly default: boolean })
  | (KeywordBase & {
      readonly kind: 'number';
      readonly default: number;
      /** Slider range: what is instructive, not what PyTorch allows. */
      readonly min: number;
      readonly max: number;
      readonly step: number;
      readonly integer?: boolean;
      /**
       * PyTorch takes NaN for this keyword without complaint (its checks are comparisons such as
       * `> 0`, which NaN fails quietly), so the core must too. Other number keywords refuse NaN.
       */
      readonly acceptsNaN?: boolean;
    })
  /** An optional tensor such as `weight` or `pos_weight`; `null` means PyTorch's `None`. */
  | (KeywordBase & { readonly kind: 'tensor'; readonly default: null; readonly shape: string });

export interface LossMeta {
  /** The PyTorch class name, e.g. `SmoothL1Loss`. */
  readonly name: string;
  readonly family: Family;
  /** One line for the catalog. */
  readonly summary: Bilingual;
  readonly arguments: readonly ArgumentMeta[];
  readonly keywords: readonly KeywordMeta[];
  /**
   * Whether `__init__` still takes the deprecated `size_average`/`reduce` flags. True (the
   * default) for the old classes; the newer ones (CTCLoss, HuberLoss, GaussianNLLLoss,
   * TripletMarginWithDistanceLoss) refuse them as unexpected keyword arguments.
   */
  readonly legacyReductionFlags?: boolean;
}

/** The `reduction` keyword as nearly every loss has it. */
export const REDUCTION_KEYWORD: KeywordMeta = {
  name: 'reduction',
  kind: 'reduction',
  default: 'mean',
  choices: ['none', 'mean', 'sum'],
  doc: {
    en: "How per-element losses become the result: 'none' keeps them all, 'mean' averages, 'sum' adds.",
    zh: "逐元素损失如何汇总：'none' 全部保留，'mean' 取平均，'sum' 求和。",
  },
};

/** {@link REDUCTION_KEYWORD}, also taking the deprecated 'elementwise_mean' as 'mean'. */
export const GET_ENUM_REDUCTION_KEYWORD: KeywordMeta = {
  ...REDUCTION_KEYWORD,
  acceptsElementwiseMean: true,
};
