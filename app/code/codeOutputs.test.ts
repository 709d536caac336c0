import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/codeOutputs.json';
import { codeCases } from './codeCases.ts';

/** A program's print lines and, after each, the `#   ` lines that continue its comment. */
function printBlocks(code: string): { program: string[]; claimed: string[] } {
  const program: string[] = [];
  const claimed: string[] = [];
  for (const line of code.split('\n')) {
    if (line.startsWith('#   ')) {
      claimed.push(line.slice(4));
      continue;
    }
    const at = line.startsWith('print(') ? line.indexOf('  # ') : -1;
    if (line.startsWith('print(')) claimed.push(at < 0 ? '(no comment)' : line.slice(at + 4));
    program.push(at < 0 ? line : line.slice(0, at));
  }
  return { program, claimed };
}

const byId = new Map(fixture.map((entry) => [entry.id, entry]));

describe('the panels’ PyTorch code prints what its comments say (scripts/golden/code_outputs.py)', () => {
  it.each(codeCases().map((c) => [c.id, c] as const))('%s', (id, c) => {
    const ran = byId.get(id);
    if (ran === undefined) throw new Error(`no fixture for ${id}: run code_outputs.py`);
    const ours = printBlocks(c.code);
    // The comments are checked against what PyTorch printed for the same program; a program
    // that changed since must be run again.
    expect(ours.program, 'the program changed: run code_outputs.py').toEqual(
      printBlocks(ran.code).program,
    );
    expect('error' in ran ? ran.error : undefined).toBeUndefined();
    expect(ours.claimed.map((l) => `${l}\n`).join('')).toBe(ran.printed);
    expect(ran.warnings.length > 0).toBe(c.warns === true);
  });

  it('has a fixture entry for every case and no other', () => {
    expect(codeCases().map((c) => c.id)).toEqual(fixture.map((entry) => entry.id));
  });
});
