// Formatting to the canonical running-config layout (SPEC §3.4): one space per level inside call-home, profile,
// trustpoint and chain blocks; everything else untouched; idempotent; the core reads the result the same way.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validate } from '../../../server/src/language';
import { applyEdits, formatEdits } from '../../../server/src/services';
import { analysisOf, configFiles } from './util';

const format = (t: string): string => applyEdits(t, formatEdits(analysisOf(t)));

describe('formatting', () => {
  it('indents a flat configure-terminal snippet like show running-config', () => {
    const flat = [
      'hostname R1',
      'call-home',
      'contact-email-addr noc@example.com',
      'profile NOC',
      'destination transport-method email',
      'destination address email noc@example.com',
      'exit',
      'alert-group-config snapshot',
      'add-command "show version"',
      'exit',
      'mail-server 10.0.0.1 priority 1',
      'end',
      'crypto pki trustpoint TP',
      '    enrollment terminal',
      '\thash sha256',
      'interface Gi1',
      '  description untouched',
      '',
    ].join('\n');
    assert.equal(
      format(flat),
      [
        'hostname R1',
        'call-home',
        ' contact-email-addr noc@example.com',
        ' profile NOC',
        '  destination transport-method email',
        '  destination address email noc@example.com',
        '  exit',
        ' alert-group-config snapshot',
        '  add-command "show version"',
        '  exit',
        ' mail-server 10.0.0.1 priority 1',
        ' end',
        'crypto pki trustpoint TP',
        ' enrollment terminal',
        ' hash sha256',
        'interface Gi1',
        '  description untouched',
        '',
      ].join('\n'),
    );
  });

  it('puts certificate hex two levels down and leaves quit, comments and banners alone', () => {
    const t = 'banner motd ^C\n  keep\n^C\ncrypto pki certificate chain TP\ncertificate ca 01\n30820122 30820101\n        quit\n!\n   ! indented comment\n';
    assert.equal(format(t), 'banner motd ^C\n  keep\n^C\ncrypto pki certificate chain TP\n certificate ca 01\n  30820122 30820101\n        quit\n!\n   ! indented comment\n');
  });

  it('leaves transcripts and unrelated configuration untouched', () => {
    const tr = 'Router(config)# call-home\nRouter(cfg-call-home)#   contact-email-addr a@b.c\n';
    assert.deepEqual(formatEdits(analysisOf(tr)), []);
    const other = 'interface Gi1\n ip address 10.0.0.1 255.255.255.0\nrouter ospf 1\n network 10.0.0.0 0.0.0.255 area 0\n';
    assert.deepEqual(formatEdits(analysisOf(other)), []);
  });

  it('formats only the requested lines in range formatting', () => {
    const t = 'call-home\ncontact-email-addr a@b.c\nprofile P\nactive\n';
    const edits = formatEdits(analysisOf(t), { startLine: 2, endLine: 2 });
    assert.equal(applyEdits(t, edits), 'call-home\ncontact-email-addr a@b.c\n profile P\nactive\n');
  });

  it('is idempotent and keeps every command in its mode on all fixtures and corpus files', () => {
    const files = configFiles();
    assert.ok(files.length > 50, 'fixtures present');
    for (const f of files) {
      const t = fs.readFileSync(f, 'utf8');
      const once = format(t);
      assert.equal(format(once), once, `${path.basename(f)}: formatting twice changes the text`);
      const before = validate(t, { now: new Date('2025-01-01T00:00:00Z') });
      const afterFmt = validate(once, { now: new Date('2025-01-01T00:00:00Z') });
      const sig = (r: typeof before): string[] => r.analysis.model.commands.map((c) => `${c.line}:${c.id}:${c.mode}:${c.depth}`);
      assert.deepEqual(sig(afterFmt), sig(before), `${path.basename(f)}: commands read differently after formatting`);
      assert.deepEqual(afterFmt.diagnostics.map((d) => d.code), before.diagnostics.map((d) => d.code), `${path.basename(f)}: diagnostics changed`);
    }
  });
});
