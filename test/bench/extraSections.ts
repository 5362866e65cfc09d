// Benchmark sections beyond the core and the CLI (language server latency, render and delivery latency).
export interface BenchContext {
  oneMb: string;
  cache: string;
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

import { lspSection } from './lspBench';
import { messagesSection } from './messagesBench';

export const EXTRA_SECTIONS: BenchSection[] = [lspSection, messagesSection];
