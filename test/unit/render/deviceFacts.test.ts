// Device facts: defaults, `--device FILE` validation with clear messages (never a raw exception), captures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DEVICE_FACTS, defaultDeviceFacts, findCapture, loadDeviceFacts, parseUtcOffset } from '../../../server/src/render';
import { fixture, modelOf } from './helpers';

function errorsOf(input: unknown): string[] {
  const r = loadDeviceFacts(input, { source: 'dev.json' });
  assert.equal(r.ok, false, JSON.stringify(input));
  return r.ok ? [] : r.errors;
}

describe('device facts', () => {
  it('defaults: the configuration host name, else Router', () => {
    assert.equal(defaultDeviceFacts().hostname, 'Router');
    assert.equal(defaultDeviceFacts(modelOf('hostname core-1\n')).hostname, 'core-1');
    assert.equal(defaultDeviceFacts().model, DEFAULT_DEVICE_FACTS.model);
    assert.equal(defaultDeviceFacts().utcOffsetMinutes, 0);
  });

  it('loads the fixture: fields, captures as text or lines, offset', () => {
    const r = loadDeviceFacts(fixture('device.json'), { model: modelOf('hostname edge-rtr-01\n') });
    assert.ok(r.ok);
    assert.equal(r.facts.hostname, 'edge-rtr-01');
    assert.equal(r.facts.model, 'ASR1006');
    assert.equal(r.facts.serialNumber, 'FOX105101DH');
    assert.equal(r.facts.platformId, 'ASR1000');
    assert.equal(r.facts.utcOffsetMinutes, 300);
    assert.ok(r.facts.systemDescription.includes('\nCopyright (c) 1986-2009'));
    assert.ok(r.facts.captures?.['show version']?.includes('\nProcessor board ID FOX105101DH'));
    assert.deepEqual(r.warnings, []);
  });

  it('the configuration host name wins over the file, with a warning', () => {
    const r = loadDeviceFacts({ hostname: 'other' }, { model: modelOf('hostname mine\n') });
    assert.ok(r.ok);
    assert.equal(r.facts.hostname, 'mine');
    assert.match(r.warnings[0]!, /differs from the configuration's "hostname mine"/);
    const r2 = loadDeviceFacts({ hostname: 'other' }, { model: modelOf('call-home\n') });
    assert.ok(r2.ok && r2.facts.hostname === 'other');
  });

  it('accepts common spellings and warns about unknown fields', () => {
    const r = loadDeviceFacts({ pid: 'C8300-1N1S-6T', serial: 'FDO2233A0BC', version: '17.9.4', sysDescr: 'd', timezone: '-03:30', colour: 'blue' });
    assert.ok(r.ok);
    assert.equal(r.facts.model, 'C8300-1N1S-6T');
    assert.equal(r.facts.serialNumber, 'FDO2233A0BC');
    assert.equal(r.facts.softwareVersion, '17.9.4');
    assert.equal(r.facts.systemDescription, 'd');
    assert.equal(r.facts.utcOffsetMinutes, -210);
    assert.match(r.warnings.join('\n'), /unknown field "colour" ignored/);
  });

  it('reports bad input as clear text, one line per problem, and never throws', () => {
    assert.match(errorsOf('')[0]!, /dev\.json: the file is empty/);
    assert.match(errorsOf('{"model": ')[0]!, /dev\.json: not valid JSON/);
    assert.match(errorsOf('[1,2]')[0]!, /expected a JSON object .* found an array/);
    assert.match(errorsOf(null)[0]!, /found null/);
    assert.match(errorsOf(42)[0]!, /found number 42/);
    const num = loadDeviceFacts({ model: 12 });
    assert.ok(num.ok && num.facts.model === '12', 'numbers are accepted for text fields');
    const e = errorsOf({ serialNumber: 'FOX:1', model: 'ASR 1006', hostname: '', systemObjectId: 'abc', utcOffsetMinutes: 5000, captures: 'x', partNumber: { a: 1 } });
    assert.equal(e.length, 7, e.join('\n'));
    assert.match(e.join('\n'), /"serialNumber" "FOX:1" is not valid: expected letters and digits only/);
    assert.match(e.join('\n'), /"model" "ASR 1006" is not valid/);
    assert.match(e.join('\n'), /"hostname" must not be empty/);
    assert.match(e.join('\n'), /"systemObjectId" "abc" is not valid: expected a dotted OID/);
    assert.match(e.join('\n'), /"utcOffsetMinutes" must be minutes east of UTC/);
    assert.match(e.join('\n'), /"captures" must be an object mapping an exact show command/);
    assert.match(e.join('\n'), /"partNumber" must be a string, found an object/);
    assert.match(errorsOf({ serial: 'A', serialNumber: 'B' })[0]!, /given twice/);
    assert.match(errorsOf({ model: 'x'.repeat(65) })[0]!, /65 characters long; at most 64/);
    assert.match(errorsOf({ series: 'a\u0001b' })[0]!, /control character/);
    assert.match(errorsOf({ captures: { 'show x': 5 } })[0]!, /captures\["show x"\] must be the command output/);
    for (const weird of [undefined, true, '\uFEFF', '{"captures":{"":"x"}}', '"str"', { captures: null }, { captures: [] }]) {
      const r = loadDeviceFacts(weird);
      assert.equal(typeof r.ok, 'boolean');
    }
  });

  it('resolves capture files through the caller, and reports read errors', () => {
    const files: Record<string, string> = { 'logging.txt': 'Router#show logging\nSyslog logging: enabled\n' };
    const readFile = (p: string): string => {
      const v = files[p];
      if (v === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return v;
    };
    const r = loadDeviceFacts({ captures: { '  show   logging ': { file: 'logging.txt' } } }, { readFile });
    assert.ok(r.ok);
    assert.equal(findCapture(r.facts, 'show logging'), 'Syslog logging: enabled\n', 'echo line dropped, command normalized');
    assert.equal(findCapture(r.facts, 'SHOW LOGGING'), 'Syslog logging: enabled\n');
    assert.equal(findCapture(r.facts, 'show version'), undefined);
    assert.match(errorsOf({ captures: { 'show x': { file: 'missing.txt' } } })[0]!, /no file reader is available/);
    const bad = loadDeviceFacts({ captures: { 'show x': { file: 'missing.txt' } } }, { readFile, source: 'd.json' });
    assert.ok(!bad.ok && /d\.json: captures\["show x"\]: cannot read "missing\.txt" \(ENOENT/.test(bad.errors[0]!));
  });

  it('parses UTC offsets', () => {
    assert.equal(parseUtcOffset('+05:30'), 330);
    assert.equal(parseUtcOffset('GMT-08:00'), -480);
    assert.equal(parseUtcOffset('-0330'), -210);
    assert.equal(parseUtcOffset(60), 60);
    assert.equal(parseUtcOffset('120'), 120);
    assert.equal(parseUtcOffset('+25:00'), undefined);
    assert.equal(parseUtcOffset('+05:75'), undefined);
    assert.equal(parseUtcOffset(1.5), undefined);
  });
});
