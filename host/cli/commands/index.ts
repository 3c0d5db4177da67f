// Every CLI command, in the order `dls --help` lists them. A command module exports a
// `register(program, setStatus)` function.
import type { Command } from 'commander';
import { register as asm } from './asm.js';
import { register as calibrate } from './calibrate.js';
import { register as chip } from './chip.js';
import { register as compile } from './compile.js';
import { register as demo } from './demo.js';
import { register as disasm } from './disasm.js';
import { register as experiment } from './experiment.js';
import { register as regress } from './regress.js';
import { register as run } from './run.js';
import { register as task } from './task.js';

export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void;

export const COMMANDS: RegisterCommand[] = [run, compile, asm, disasm, chip, calibrate, task, experiment, regress, demo];
