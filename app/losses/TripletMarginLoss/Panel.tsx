import { TripletPanel } from '../triplet/TripletPanel.tsx';
import type { PanelProps } from '../types.ts';

/** TripletMarginLoss: anchor, positive and negative in the plane, with the p-norm balls. */
export default function TripletMarginLossPanel(_props: PanelProps) {
  return <TripletPanel name="TripletMarginLoss" />;
}
