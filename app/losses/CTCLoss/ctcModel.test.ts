import { describe, expect, it } from 'vitest';
import { evaluateLoss } from '../../../src/index.ts';
import { defaultLossState } from '../../store/lossState.ts';
import {
  applyBlank,
  applyFrames,
  applyPreset,
  applyProbability,
  applyWord,
  readModel,
} from './ctcModel.ts';
import { DEFAULT_LETTERS } from './tensors.ts';

const start = defaultLossState('CTCLoss');
const model = readModel(start, DEFAULT_LETTERS);
const loss = (s: typeof start) => evaluateLoss('CTCLoss', s.tensors, s.params).output as number;

describe('the panel model of CTCLoss', () => {
  it('reads the default example as "cat" in 8 frames from the confident preset', () => {
    expect(model.word).toBe('cat');
    expect(model.frames).toBe(8);
    expect(model.classes).toBe(6);
    expect(model.symbols).toEqual(['ε', 'a', 'c', 'e', 'o', 't']);
    expect(model.preset).toBe('confident');
    expect(model.minFrames).toBe(3);
  });

  it('recognises each preset it applies', () => {
    for (const id of ['uncertain', 'tooFew', 'wrongLabel', 'confident'] as const) {
      expect(readModel(applyPreset(start, model, id), DEFAULT_LETTERS).preset).toBe(id);
    }
    const few = readModel(applyPreset(start, model, 'tooFew'), DEFAULT_LETTERS);
    expect(few.frames).toBe(2);
    expect(loss(applyPreset(start, model, 'tooFew'))).toBe(Number.POSITIVE_INFINITY);
  });

  it('marks a hand edit as custom and keeps every frame a distribution', () => {
    const edited = readModel(applyProbability(start, model, 3, 2, 0.5), DEFAULT_LETTERS);
    expect(edited.preset).toBe('custom');
    expect(edited.units[3]?.[2]).toBe(5000);
    for (const row of edited.units) expect(row.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(edited.logProbs[0]).toEqual(model.logProbs[0]);
  });

  it('changes T, redrawing a preset but keeping hand edits', () => {
    expect(readModel(applyFrames(start, model, 12), DEFAULT_LETTERS)).toMatchObject({
      frames: 12,
      preset: 'confident',
    });
    const custom = applyProbability(start, model, 0, 1, 0.3);
    const longer = readModel(
      applyFrames(custom, readModel(custom, DEFAULT_LETTERS), 10),
      DEFAULT_LETTERS,
    );
    expect(longer.frames).toBe(10);
    expect(longer.logProbs[9]).toEqual(longer.logProbs[7]);
  });

  it('takes a new word with its own letters, raising T when the word needs more frames', () => {
    const short = applyFrames(start, model, 4);
    const { state, letters, raisedTo } = applyWord(
      short,
      readModel(short, DEFAULT_LETTERS),
      'hello',
    );
    expect(letters).toBe('aehilo');
    expect(raisedTo).toBe(6);
    const next = readModel(state, letters);
    expect(next.word).toBe('hello');
    expect(next.frames).toBe(6);
    expect(state.tensors['input_lengths']).toEqual([6]);
    expect(state.tensors['target_lengths']).toEqual([5]);
    expect(Number.isFinite(loss(state))).toBe(true);
  });

  it('keeps the impossible case impossible for a new word', () => {
    const few = applyPreset(start, model, 'tooFew');
    const { state, letters } = applyWord(few, readModel(few, DEFAULT_LETTERS), 'hello');
    expect(readModel(state, letters)).toMatchObject({ frames: 5, preset: 'tooFew' });
  });

  it('moves the blank without changing the word, the probabilities or the loss', () => {
    for (const to of [1, 3, 5]) {
      const moved = applyBlank(start, model, to);
      const next = readModel(moved, DEFAULT_LETTERS);
      expect(next.blank).toBe(to);
      expect(next.symbols[to]).toBe('ε');
      expect(next.word).toBe('cat');
      expect(next.preset).toBe('confident');
      expect(loss(moved)).toBeCloseTo(loss(start), 12);
    }
  });
});
