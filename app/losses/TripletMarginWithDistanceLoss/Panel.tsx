import type { PytorchCodeOptions } from '../../code/pytorchCode.ts';
import { useAppStore } from '../../store/appStore.ts';
import { TripletPanel } from '../triplet/TripletPanel.tsx';
import type { KeywordValue, PanelProps } from '../types.ts';

const NAME = 'TripletMarginWithDistanceLoss';

/**
 * PyTorch takes a callable for distance_function; the panel offers two by name, so the code
 * writes out the callable each stands for ('pairwise' is PyTorch's default, None).
 */
function distanceSource(value: KeywordValue): string {
  return value === 'cosine' ? 'lambda x, y: 1.0 - F.cosine_similarity(x, y)' : 'None';
}

const PAIRWISE: PytorchCodeOptions = { keywordSource: { distance_function: distanceSource } };
const COSINE: PytorchCodeOptions = { ...PAIRWISE, imports: ['import torch.nn.functional as F'] };

/** TripletMarginWithDistanceLoss: the triplet plane with a pairwise or a cosine distance. */
export default function TripletMarginWithDistanceLossPanel(_props: PanelProps) {
  const cosine = useAppStore((s) => s.losses[NAME]?.params['distance_function'] === 'cosine');
  return <TripletPanel name={NAME} codeOptions={cosine ? COSINE : PAIRWISE} />;
}
