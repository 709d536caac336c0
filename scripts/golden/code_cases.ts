/**
 * Prints the PyTorch programs of app/code/codeCases.ts as JSON, for code_outputs.py.
 * Run: npx tsx scripts/golden/code_cases.ts
 */
import { codeCases } from '../../app/code/codeCases.ts';

process.stdout.write(`${JSON.stringify(codeCases())}\n`);
