import type { PytorchCodeOptions } from '../../code/pytorchCode.ts';
import type { KeywordValue } from '../types.ts';

/**
 * PyTorch takes a callable for distance_function; the panel offers two by name, so the code
 * writes out the callable each stands for ('pairwise' is PyTorch's default, None).
 */
function distanceSource(value: KeywordValue): string {
  return value === 'cosine' ? 'lambda x, y: 1.0 - F.cosine_similarity(x, y)' : 'None';
}

const PAIRWISE: PytorchCodeOptions = { keywordSource: { distance_function: distanceSource } };
const COSINE: PytorchCodeOptions = { ...PAIRWISE, imports: ['import torch.nn.functional as F'] };

/** How the PyTorch code spells the distance: the cosine lambda needs `F`. */
export function distanceCodeOptions(distance: KeywordValue | undefined): PytorchCodeOptions {
  return distance === 'cosine' ? COSINE : PAIRWISE;
}
