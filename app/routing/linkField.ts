import type { AppState } from '../store/appState.ts';

/**
 * An extra piece of state a link carries besides the loss's keywords and tensors: a panel's
 * own inputs that a student opening the link should see as the lecturer had them (the
 * regression overlay's choices; CTC's target and animation step).
 *
 * How to add one (see `linkFields.ts` for the registry):
 * 1. Keep the value in the store (a slice in `app/store/`), with an action that sets it.
 * 2. Describe it with {@link defineLinkField} in the panel's folder, in a small module that
 *    imports no React (the registry is part of the first screen's code).
 * 3. Add it to `LINK_FIELDS` in `linkFields.ts`.
 * Its key is `<feature>.<name>` (e.g. `lab.fit`, `ctc.step`): the dot keeps it apart from
 * PyTorch's keyword and argument names, which are Python identifiers. A link leaves a field out
 * while it is at its initial value, and opening a link without it restores that value, so a
 * link always reproduces the whole state.
 */
export interface LinkFieldSpec<T> {
  readonly key: string;
  /** Whether links to this loss's page carry the field. */
  appliesTo(loss: string): boolean;
  /** The value written in a link, or undefined when the text is not valid. */
  parse(text: string): T | undefined;
  format(value: T): string;
  /** The value in the store now. */
  read(state: AppState, loss: string): T;
  /** Puts a value from a link into the store, through the store's own actions. */
  write(state: AppState, loss: string, value: T): void;
  /** What a link that leaves the key out stands for. */
  initial(loss: string): T;
}

/** A link field with its value type erased, as the link reader and writer handle it. */
export interface LinkField {
  readonly key: string;
  appliesTo(loss: string): boolean;
  /** The value the text stands for, or undefined when it is not valid. */
  parse(text: string): unknown;
  /** The text for the link, or null while the store holds the initial value. */
  textFor(state: AppState, loss: string): string | null;
  /** Writes a value from {@link parse} into the store; undefined writes the initial value. */
  apply(state: AppState, loss: string, value: unknown): void;
}

const KEY = /^[a-z][a-z0-9]*\.[a-z][a-z0-9_]*$/i;

export function defineLinkField<T>(spec: LinkFieldSpec<T>): LinkField {
  if (!KEY.test(spec.key))
    throw new Error(`internal: link field key "${spec.key}" must look like "feature.name"`);
  return {
    key: spec.key,
    appliesTo: (loss) => spec.appliesTo(loss),
    parse: (text) => spec.parse(text),
    textFor: (state, loss) => {
      const text = spec.format(spec.read(state, loss));
      return text === spec.format(spec.initial(loss)) ? null : text;
    },
    // Only values that came out of parse() reach here, so the cast holds.
    apply: (state, loss, value) =>
      spec.write(state, loss, value === undefined ? spec.initial(loss) : (value as T)),
  };
}

/** The `key=text` pairs of the fields that apply to a loss and differ from their initial value. */
export function fieldTexts(
  state: AppState,
  loss: string,
  fields: readonly LinkField[],
): [string, string][] {
  const out: [string, string][] = [];
  for (const f of fields) {
    if (!f.appliesTo(loss)) continue;
    const text = f.textFor(state, loss);
    if (text !== null) out.push([f.key, text]);
  }
  return out;
}

/** Writes a link's field values into the store; fields the link left out get their initial value. */
export function applyLinkFields(
  state: AppState,
  loss: string,
  values: Readonly<Record<string, unknown>>,
  fields: readonly LinkField[],
): void {
  for (const f of fields) if (f.appliesTo(loss)) f.apply(state, loss, values[f.key]);
}
