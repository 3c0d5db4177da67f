// `dls demo` (what `npm start` runs until the learning-to-learn experiments exist): a real
// plasticity experiment on the emulated chip. The PPU program examples/demo/causal-stdp.s adds
// the causal correlation of synapse row 0 to its weights while the host plays pre/post spike
// pairs; neurons that fire sooner after the presynaptic spike gain weight faster.

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { assemble } from '../../../assembler/index.js';
import { CLOCK_HZ, DlsSystem } from '../../../chip/index.js';

const PAIR = 2940; // cycles between presynaptic spikes (30 ms biological)
const START = 1000;

export function register(program: Command): void {
  program
    .command('demo')
    .description('run a plasticity demonstration on the emulated chip (examples/demo/causal-stdp.s)')
    .action(() => {
      const file = new URL('../../../examples/demo/causal-stdp.s', import.meta.url);
      const prog = assemble([{ name: 'examples/demo/causal-stdp.s', text: readFileSync(file, 'utf8') }]);
      const sys = new DlsSystem({
        chip: {
          neuronDefaults: { leak: 540, gainExc: 1023 },
          neurons: Array.from({ length: 32 }, (_, n) => ({ threshold: 690 + n })),
          shared: { corrAmpCausal: 45, corrTauCausal: 127 },
          driverDefaults: { mode: 'disabled' },
          drivers: [{ mode: 'excitatory' }, { mode: 'excitatory' }, { mode: 'excitatory' }],
          weights: Array.from({ length: 32 }, (_, r) => new Array<number>(32).fill(r === 0 ? 1 : r < 3 ? 63 : 0)),
          addresses: Array.from({ length: 32 }, (_, r) => new Array<number>(32).fill(r === 0 ? 1 : r < 3 ? 0 : 63)),
        },
      });
      const events = [];
      for (let t = START; t < START + 40 * PAIR; t += PAIR) {
        events.push({ cycle: t, address: 1, rows: 1 }); // presynaptic spike into row 0
        events.push({ cycle: t + 196, address: 0, rows: 0b110 }); // teacher spike 2 ms (bio) later
      }
      sys.chip.playback(events);
      sys.loadBytes(prog.bin, prog.binAddress);
      const before = sys.chip.snapshot().weights[0]!.slice();
      sys.startPpu();
      const r = sys.runUntilHalt(2_000_000);
      const after = sys.chip.snapshot().weights[0]!;
      const firstPost = new Map<number, number>();
      for (const s of sys.spikes()) if (!firstPost.has(s.neuron)) firstPost.set(s.neuron, s.cycle);
      const ms = (c: number) => ((c / CLOCK_HZ) * 1e6).toFixed(2); // biological ms
      process.stdout.write(`PPU program: ${prog.bin.length} bytes; ran ${sys.ppu.icount} instructions, halted (${r.halt?.reason}) at chip cycle ${r.cycle} = ${ms(r.cycle)} ms biological\n`);
      process.stdout.write('neuron  first spike after pre (bio ms)  weight before -> after\n');
      for (let n = 0; n < 32; n += 3) {
        const post = firstPost.get(n);
        const delay = post === undefined ? '   none' : ms(post - START).padStart(7);
        process.stdout.write(`${String(n).padStart(6)}  ${delay.padStart(30)}  ${String(before[n]).padStart(13)} -> ${after[n]}\n`);
      }
    });
}
