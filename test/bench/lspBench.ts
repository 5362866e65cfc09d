// The language server on a 1 MB running-config over a real LSP connection (the built server bundle on stdio):
// edit-to-diagnostics latency of one-character edits, and the server's memory with the document open.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../lsp/harness';
import type { BenchSection } from './extraSections';
import { median, ms, percentile, record } from './harness';

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m === null ? NaN : Number(m[1]) * 1024;
}

export const lspSection: BenchSection = {
  name: 'lsp',
  async run({ oneMb }) {
    const client = await LspClient.start({ settings: { validation: { enable: true }, maxFileSize: 8 * 1048576 } });
    try {
      const pid = client.proc.pid!;
      const idleRss = rssOf(pid);
      const uri = 'file:///bench/running-config-1mb';
      let t0 = performance.now();
      await client.open(uri, oneMb, 1);
      const openMs = performance.now() - t0;
      const lines = oneMb.split('\n');
      let version = 1;
      /** 60 one-character edits (insert, then delete) at the end of `line`, each timed until its diagnostics arrive. */
      const editLoop = async (line: number): Promise<number[]> => {
        const col = lines[line]!.length;
        const out: number[] = [];
        for (let i = 0; i < 60; i++) {
          version++;
          const insert = i % 2 === 0;
          const mark = client.published.length;
          t0 = performance.now();
          await client.change(uri, version, [
            insert
              ? { range: { start: { line, character: col }, end: { line, character: col } }, text: 'x' }
              : { range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '' },
          ]);
          const v = version;
          await client.diagnostics(uri, (p) => p.version === v, 10_000, mark);
          out.push(performance.now() - t0);
          // Typing pauses between keystrokes; without the pause edits coalesce (which is the point of debouncing).
          await new Promise((r) => setTimeout(r, 60));
        }
        return out.sort((a, b) => a - b);
      };
      // A description line deep in the file: most edits of a running-config are in blocks the core skips.
      const latencies = await editLoop(lines.findIndex((l, i) => i > lines.length / 2 && /^ description /.test(l)));
      // The contact e-mail of the call-home block: every such edit is a full analysis of the 1 MB document.
      const callHomeLatencies = await editLoop(lines.findIndex((l) => /^ contact-email-addr /.test(l)));
      // Baseline: a round trip of a cheap request on the same connection with the same document open.
      const trips: number[] = [];
      for (let i = 0; i < 30; i++) {
        t0 = performance.now();
        await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
        trips.push(performance.now() - t0);
      }
      trips.sort((a, b) => a - b);
      const p95 = percentile(latencies, 95);
      record({ section: 'lsp', metric: 'didOpen of the 1 MB running-config → first diagnostics', value: ms(openMs) });
      record({ section: 'lsp', metric: 'one-character edit in an interface description → publishDiagnostics on 1 MB (60 edits)', value: `p50 ${ms(median(latencies))}, p95 ${ms(p95)}`, baseline: `hover round trip p50 ${ms(median(trips))}`, ratio: `${(median(latencies) / Math.max(median(trips), 0.01)).toFixed(1)}×`, target: 'p95 ≤ 50 ms', ok: p95 <= 50 });
      const p95c = percentile(callHomeLatencies, 95);
      record({ section: 'lsp', metric: 'one-character edit in the call-home block (full re-analysis of 1 MB) → publishDiagnostics (60 edits)', value: `p50 ${ms(median(callHomeLatencies))}, p95 ${ms(p95c)}`, baseline: `hover round trip p50 ${ms(median(trips))}`, target: 'p95 ≤ 50 ms', ok: p95c <= 50 });
      const rss = rssOf(pid);
      record({ section: 'lsp', metric: 'server RSS with the 1 MB document open', value: `${(rss / 1048576).toFixed(0)} MB`, baseline: `idle server ${(idleRss / 1048576).toFixed(0)} MB`, target: '≤ 150 MB RSS', ok: rss <= 150 * 1048576 });
    } finally {
      await client.stop();
    }
  },
};
