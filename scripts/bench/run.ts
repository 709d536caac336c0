/**
 * `npm run bench`: medians of the core's hot paths, in milliseconds.
 * Speed is measured here, never asserted in tests: the machines are shared and noisy.
 */
import { Inputs } from '../../src/core/definition.ts';
import { evaluateDefinition } from '../../src/core/evaluate.ts';
import { getLoss, listLosses, sampleElementwiseCurve } from '../../src/index.ts';
import { ELEMENTS, makeInputs } from './lossInputs.ts';
import { printCtcTable } from './ctc.ts';
import { medianTimes } from './timing.ts';

function benchLosses(): void {
  console.log(
    `\n## Each loss with its gradient on ~${ELEMENTS.toLocaleString('en')} elements (median of 7)\n`,
  );
  // CPU time is the steadier figure on a shared machine: waiting for a core does not count.
  console.log('| loss | median ms | median CPU ms |');
  console.log('| --- | ---: | ---: |');
  for (const { name } of listLosses()) {
    const raw = makeInputs(name);
    if (!raw) continue;
    const def = getLoss(name);
    const inputs = new Inputs(new Map(Object.entries(raw)));
    const { wall, cpu } = medianTimes(() => evaluateDefinition(def, inputs, {}));
    console.log(`| ${name} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} |`);
  }
}

function benchCurves(): void {
  const losses = ['L1Loss', 'MSELoss', 'SmoothL1Loss', 'HuberLoss'];
  const { wall, cpu } = medianTimes(
    () => {
      for (const name of losses)
        sampleElementwiseCurve(name, { target: 0, from: -3, to: 3, points: 2000 });
    },
    51,
    5,
  );
  console.log(`\n## Curve sampling: 2 000 points × 4 losses with gradients (median of 51)\n`);
  console.log(`${wall.toFixed(3)} ms, CPU ${cpu.toFixed(3)} ms (goal: under 1 ms)`);
}

const only = process.argv[2];
if (!only || only === 'losses') benchLosses();
if (!only || only === 'curves') benchCurves();
if (!only || only === 'ctc') {
  console.log('\n## CTC\n');
  printCtcTable();
}
