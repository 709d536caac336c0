import { CTC_LINK_FIELDS } from '../losses/CTCLoss/linkFields.ts';
import { REGRESSION_LINK_FIELDS } from '../losses/regression/linkFields.ts';
import type { LinkField } from './linkField.ts';

/**
 * Every extra field links carry (see `LinkField` for how to add one). Static rather than
 * registered by a panel at run time: a link is read before the lazily loaded panel exists.
 */
export const LINK_FIELDS: readonly LinkField[] = [...REGRESSION_LINK_FIELDS, ...CTC_LINK_FIELDS];
