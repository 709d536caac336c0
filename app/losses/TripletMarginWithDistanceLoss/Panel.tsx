import { useAppStore } from '../../store/appStore.ts';
import { TripletPanel } from '../triplet/TripletPanel.tsx';
import type { PanelProps } from '../types.ts';
import { distanceCodeOptions } from './codeOptions.ts';

const NAME = 'TripletMarginWithDistanceLoss';

/** TripletMarginWithDistanceLoss: the triplet plane with a pairwise or a cosine distance. */
export default function TripletMarginWithDistanceLossPanel(_props: PanelProps) {
  const distance = useAppStore((s) => s.losses[NAME]?.params['distance_function']);
  return <TripletPanel name={NAME} codeOptions={distanceCodeOptions(distance)} />;
}
