// Builds every bundle of the project with esbuild.
//   node esbuild.mjs               extension client, language server, CLI (+ worker), webview script
//   node esbuild.mjs --production  the same, minified, no source maps (what the VSIX ships)
//   node esbuild.mjs --tests       also bundles test/**/*.test.ts, test/bench and test/e2e into out/test
// chevrotain 11 is ESM-only; bundling inlines it into CommonJS so every bundle runs on Node 20 and in the
// VS Code extension host alike.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');
const root = path.dirname(new URL(import.meta.url).pathname);

/** Entry points that exist in the tree (a part under construction simply is not built yet). */
const present = (entries) => entries.filter((e) => fs.existsSync(path.join(root, e.in)));

/**
 * smtp-server carries a well-known localhost key pair as its TLS default. The receiver always passes its own key
 * when TLS is on, so the default is dropped: no private key ships in our bundles (vsce's secret scan agrees).
 */
const dropSmtpServerDefaultKey = {
  name: 'drop-smtp-server-default-key',
  setup(build) {
    build.onLoad({ filter: /smtp-server[\\/]dist[\\/](cjs|esm)[\\/]tls-options\.js$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      const out = src.replace(/key:\s*'-----BEGIN RSA PRIVATE KEY-----[\s\S]*?-----END RSA PRIVATE KEY-----',/, 'key: undefined,');
      if (out === src) throw new Error('smtp-server tls-options.js changed: update the drop-smtp-server-default-key plugin');
      return { contents: out, loader: 'js' };
    });
  },
};

const nodeCommon = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  external: ['vscode'],
  logLevel: 'warning',
  // nodemailer and smtp-server do optional requires that are never taken here
  mainFields: ['module', 'main'],
  plugins: [dropSmtpServerDefaultKey],
};

const bundles = [
  ...present([{ in: 'client/src/extension.ts', out: 'dist/client/extension.js' }]).map((e) => ({ ...nodeCommon, entryPoints: [e.in], outfile: e.out })),
  ...present([{ in: 'server/src/lsp/server.ts', out: 'dist/server/server.js' }]).map((e) => ({ ...nodeCommon, entryPoints: [e.in], outfile: e.out })),
  ...present([{ in: 'server/src/cli/callhome.ts', out: 'dist/cli/callhome.js' }]).map((e) => ({
    ...nodeCommon,
    entryPoints: [e.in],
    outfile: e.out,
    banner: { js: '#!/usr/bin/env node' },
  })),
  ...present([{ in: 'server/src/cli/validateWorker.ts', out: 'dist/cli/validateWorker.js' }]).map((e) => ({ ...nodeCommon, entryPoints: [e.in], outfile: e.out })),
  ...present([{ in: 'client/webview/preview.ts', out: 'dist/webview/preview.js' }]).map((e) => ({
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    entryPoints: [e.in],
    outfile: e.out,
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
  })),
];

/** Every *.ts under dir, recursively. */
function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

if (withTests) {
  const testFiles = walk(path.join(root, 'test')).filter((f) => !f.includes(`${path.sep}fixtures${path.sep}`));
  if (testFiles.length > 0) {
    bundles.push({
      ...nodeCommon,
      sourcemap: 'inline',
      minify: false,
      entryPoints: testFiles,
      outdir: path.join(root, 'out/test'),
      outbase: path.join(root, 'test'),
      external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
    });
  }
}

const start = Date.now();
await Promise.all(bundles.map((b) => esbuild.build(b)));
if (!process.env.CI_QUIET) console.log(`esbuild: ${bundles.length} bundle(s) in ${Date.now() - start} ms${production ? ' (production)' : ''}`);

// The CLI bundle is executed directly (package.json "bin").
if (fs.existsSync(path.join(root, 'dist/cli/callhome.js'))) fs.chmodSync(path.join(root, 'dist/cli/callhome.js'), 0o755);
