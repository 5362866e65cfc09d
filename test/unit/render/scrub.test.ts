// data-privacy (004 §4.17, L1264–L1319): passwords, secrets and SNMP communities always; `level high` also IP
// addresses and domain names (L1279); `hostname` also the host name (L1282). Values become `<removed>`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAml, render, scrubConfig, REMOVED, type ScrubOptions } from '../../../server/src/render';
import { deviceFacts, MAIL_PASSWORD, modelOf, NOW, routerConfig } from './helpers';

const normal: ScrubOptions = { level: 'normal', hostname: false, hostName: 'edge-rtr-01' };
const high: ScrubOptions = { level: 'high', hostname: false, hostName: 'edge-rtr-01' };
const highHost: ScrubOptions = { level: 'high', hostname: true, hostName: 'edge-rtr-01' };
const normalHost: ScrubOptions = { level: 'normal', hostname: true, hostName: 'edge-rtr-01' };

const scrub = (line: string, o: ScrubOptions = normal): string => scrubConfig(line, o).text;

/** Lines with a secret, and what every level makes of them. */
const SECRETS: Array<[string, string]> = [
  ['enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0', 'enable secret 5 <removed>'],
  ['enable secret level 15 9 $9$abc$def', 'enable secret level 15 9 <removed>'],
  ['enable password 7 0822455D0A16', 'enable password 7 <removed>'],
  ['username admin privilege 15 password 7 0822455D0A16', 'username admin privilege 15 password 7 <removed>'],
  ['username ops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0R', 'username ops privilege 15 secret 9 <removed>'],
  ['username bob password plain text with spaces', 'username bob password <removed>'],
  ['snmp-server community public RO', 'snmp-server community <removed> RO'],
  ['snmp-server community Wr1teC0mm RW 10', 'snmp-server community <removed> RW 10'],
  ['snmp-server host 198.51.100.7 version 2c TrapC0mm', 'snmp-server host 198.51.100.7 version 2c <removed>'],
  ['snmp-server host 198.51.100.8 informs version 3 priv v3user', 'snmp-server host 198.51.100.8 informs version 3 priv <removed>'],
  ['snmp-server user u1 G v3 auth sha AuthPass1 priv aes 128 PrivPass1', 'snmp-server user u1 G v3 auth sha <removed> priv aes 128 <removed>'],
  ['tacacs-server host 10.1.1.5 key 7 045802150C2E', 'tacacs-server host 10.1.1.5 key 7 <removed>'],
  ['tacacs-server key T4cacs', 'tacacs-server key <removed>'],
  ['radius-server host 10.1.1.6 auth-port 1645 acct-port 1646 key R4dius', 'radius-server host 10.1.1.6 auth-port 1645 acct-port 1646 key <removed>'],
  [' key 7 104D000A0618', ' key 7 <removed>'],
  ['  key-string 7 070C285F4D06', '  key-string 7 <removed>'],
  ['crypto isakmp key IsakmpPsk99 address 203.0.113.1', 'crypto isakmp key <removed> address 203.0.113.1'],
  ['  pre-shared-key local Ikev2LocalPsk', '  pre-shared-key local <removed>'],
  ['  pre-shared-key address 203.0.113.9 key KeyringPsk', '  pre-shared-key address 203.0.113.9 key <removed>'],
  [' password 7 094F471A1A0A', ' password 7 <removed>'],
  [' neighbor 192.0.2.1 password 7 02050D480809', ' neighbor 192.0.2.1 password 7 <removed>'],
  [' ip ospf message-digest-key 1 md5 7 0822455D0A16', ' ip ospf message-digest-key 1 md5 7 <removed>'],
  [' ip ospf authentication-key 7 0822455D0A16', ' ip ospf authentication-key 7 <removed>'],
  [' standby 1 authentication md5 key-string HsrpK3y', ' standby 1 authentication md5 key-string <removed>'],
  ['ntp authentication-key 1 md5 NtpK3y 7', 'ntp authentication-key 1 md5 <removed> 7'],
  [' client 10.9.9.9 server-key CoaK3y', ' client 10.9.9.9 server-key <removed>'],
  [' mail-server admin:Sup3rS3cretPw@smtp.corp.example.com priority 1', ' mail-server admin:<removed>@smtp.corp.example.com priority 1'],
  [' path ftp://bkp:FtpPw1@files.example.net/cfg', ' path ftp://bkp:<removed>@files.example.net/cfg'],
  ['Router(config)#enable secret 0 Plain1', 'Router(config)#enable secret 0 <removed>'],
  ['Router(config)#snmp-server community pub2 RO', 'Router(config)#snmp-server community <removed> RO'],
];

/** Lines that carry no secret and must stay as they are at level normal. */
const KEEP = [
  'key chain K',
  ' key 1',
  'crypto key generate rsa modulus 2048',
  ' set community 65000:100',
  'service password-encryption',
  'password encryption aes',
  ' hash sha',
  ' hash md5',
  'snmp-server group G v3 priv read V',
  ' ip ospf authentication message-digest',
  ' tunnel key 1234',
  'hostname edge-rtr-01',
  'ip domain name corp.example.com',
  ' ip address 192.0.2.10 255.255.255.0',
  ' contact-email-addr noc@example.com',
  '*Dec  3 07:17:00.546: %LINK-3-UPDOWN: Interface GigabitEthernet0, changed state to down',
];

describe('scrubConfig', () => {
  it('removes passwords, secrets, keys and SNMP communities at level normal', () => {
    for (const [line, want] of SECRETS) assert.equal(scrub(line), want, line);
  });

  it('removes them at every level', () => {
    for (const o of [high, highHost, normalHost]) {
      for (const [line] of SECRETS) {
        const out = scrub(line, o);
        assert.ok(out.includes(REMOVED), `${line} → ${out}`);
        for (const secret of ['$1$mERr', '0822455D0A16', 'Wr1teC0mm', 'TrapC0mm', 'IsakmpPsk99', 'Sup3rS3cretPw', 'FtpPw1', 'public RO', 'AuthPass1', 'PrivPass1', 'HsrpK3y', 'NtpK3y']) {
          assert.ok(!out.includes(secret), `${line} → ${out}`);
        }
      }
    }
  });

  it('leaves lines without secrets alone at level normal', () => {
    for (const line of KEEP) assert.equal(scrub(line), line);
  });

  it('level high also removes IP addresses and domain names, keeping masks, MACs, times and file names', () => {
    const cases: Array<[string, string]> = [
      ['ip domain name corp.example.com', 'ip domain name <removed>'],
      ['ip domain-name corp.example.com', 'ip domain-name <removed>'],
      ['ip name-server 10.0.0.53', 'ip name-server <removed>'],
      [' ip address 192.0.2.10 255.255.255.0', ' ip address <removed> 255.255.255.0'],
      [' ipv6 address 2001:db8:10::1/64', ' ipv6 address <removed>'],
      ['logging host 2001:db8:0:0:0:0:0:7', 'logging host <removed>'],
      [' description uplink to core-sw1.corp.example.com', ' description uplink to <removed>'],
      [' description uplink to core-sw1', ' description uplink to core-sw1'],
      [' contact-email-addr noc@example.com', ' contact-email-addr noc@<removed>'],
      [' access-list 10 permit 10.0.0.0 0.0.0.255', ' access-list 10 permit <removed> 0.0.0.255'],
      [' mac-address 0050.56bf.1234', ' mac-address 0050.56bf.1234'],
      ['boot system flash:csr1000v-universalk9.16.09.05.SPA.bin', 'boot system flash:csr1000v-universalk9.16.09.05.SPA.bin'],
      ['boot system bootflash:packages.conf', 'boot system bootflash:packages.conf'],
      ['*Dec  3 07:17:00.546: %LINK-3-UPDOWN: Interface GigabitEthernet0, changed state to down', '*Dec  3 07:17:00.546: %LINK-3-UPDOWN: Interface GigabitEthernet0, changed state to down'],
      ['Cisco IOS Software, Version 15.4(20130604:093915)', 'Cisco IOS Software, Version 15.4(20130604:093915)'],
      ['hostname edge-rtr-01', 'hostname edge-rtr-01'],
    ];
    for (const [line, want] of cases) assert.equal(scrub(line, high), want, line);
    // hosts inside the configured domain
    assert.equal(scrubConfig('ip domain name site.lan\nntp server ntp1.site.lan\nip host fw1.site.lan 10.1.1.1', high).text, 'ip domain name <removed>\nntp server <removed>\nip host <removed> <removed>');
  });

  it('hostname also removes the host name, wherever it appears', () => {
    assert.equal(scrub('hostname edge-rtr-01', normalHost), 'hostname <removed>');
    assert.equal(scrub('edge-rtr-01#show run', normalHost), '<removed>#show run');
    assert.equal(scrub('edge-rtr-01-backup is another box', normalHost), 'edge-rtr-01-backup is another box');
    assert.equal(scrub(' ip address 192.0.2.10 255.255.255.0', normalHost), ' ip address 192.0.2.10 255.255.255.0', 'hostname alone keeps addresses');
    assert.equal(scrub('EDGE-RTR-01#', normalHost), '<removed>#');
  });

  it('removes literal secrets given by the caller and counts what it removed', () => {
    const r = scrubConfig('log: user admin used Sup3rS3cretPw\nenable secret 5 x', { ...normal, secrets: [MAIL_PASSWORD, 'ab'] });
    assert.equal(r.text, 'log: user admin used <removed>\nenable secret 5 <removed>');
    assert.equal(r.count, 2);
  });

  it('runs in linear time on hostile input', () => {
    const big = 400_000;
    const inputs = [
      'a.'.repeat(big),
      '-.'.repeat(big),
      '1.'.repeat(big),
      ':'.repeat(big),
      '1:'.repeat(big),
      'password '.repeat(big / 8),
      ' '.repeat(big) + 'x',
      `${'key '.repeat(big / 4)}\n`.repeat(2),
      'a@'.repeat(big),
      'a:b@'.repeat(big / 2),
      `${'snmp-server host version '.repeat(big / 20)}`,
      `banner motd ^C${'\n'.repeat(big)}`,
      'edge-rtr-01'.repeat(big / 10),
    ];
    const start = Date.now();
    for (const s of inputs) {
      const r = scrubConfig(s, { ...highHost, secrets: ['xyz'] });
      assert.ok(r.text.length > 0);
    }
    // generous: each input is ~0.4–1 MB; a quadratic pass would take minutes
    assert.ok(Date.now() - start < 20_000, `took ${Date.now() - start} ms`);
  });
});

describe('data privacy in rendered configuration messages', () => {
  const config = (lines: string[]): string => routerConfig(lines);
  const runningConfig = (lines: string[]): string => {
    const cfg = config(lines);
    const model = modelOf(cfg);
    const r = render(model, { profile: 'CiscoTAC-1', group: 'configuration', facts: deviceFacts(model), now: NOW, config: cfg });
    assert.ok(!r.body.includes(MAIL_PASSWORD));
    return parseAml(r.body).attachments.find((a) => a.name === 'show running-config all')!.output;
  };

  it('level normal (the default): secrets and communities only', () => {
    const out = runningConfig([]);
    for (const s of ['enable secret 5 <removed>', 'username admin privilege 15 password 7 <removed>', 'snmp-server community <removed> RO', 'mail-server admin:<removed>@smtp.corp.example.com']) assert.ok(out.includes(s), s);
    for (const s of ['$1$mERr', '0822455D0A16', 'public', MAIL_PASSWORD]) assert.ok(!out.includes(s), s);
    for (const s of ['192.0.2.10', 'ip domain name corp.example.com', 'hostname edge-rtr-01']) assert.ok(out.includes(s), s);
  });

  it('level high: also addresses and domain names', () => {
    const out = runningConfig(['data-privacy level high']);
    for (const s of ['enable secret 5 <removed>', 'ip domain name <removed>', 'ip address <removed> 255.255.255.0', 'ipv6 address <removed>', 'hostname edge-rtr-01']) assert.ok(out.includes(s), s);
    for (const s of ['192.0.2.10', 'corp.example.com', '2001:db8:10::1', 'public']) assert.ok(!out.includes(s), s);
  });

  it('hostname: also the host name, in the attachment and the message', () => {
    const cfg = config(['data-privacy level high', 'data-privacy hostname']);
    const model = modelOf(cfg);
    for (const format of ['xml', 'long-text', 'short-text'] as const) {
      const r = render(model, { profile: 'noc', group: 'configuration', format, facts: deviceFacts(model), now: NOW, config: cfg });
      assert.ok(!r.body.includes('edge-rtr-01'), format);
      assert.ok(!r.subject.includes('edge-rtr-01'));
      assert.ok(r.subject.includes('ASR1006@C@FOX105101DH'));
      assert.ok(r.warnings.some((w) => w.includes('data-privacy hostname')));
      if (format === 'xml') {
        const out = parseAml(r.body).attachments.find((a) => a.name === 'show running-config all')!.output;
        assert.ok(out.includes('hostname <removed>'));
      }
    }
  });

  it('applies to captured command output as well', () => {
    const cfg = config(['data-privacy level high']);
    const model = modelOf(cfg);
    const r = render(model, { profile: 'CiscoTAC-1', group: 'syslog', text: '%SYS-5-CONFIG_I: x', facts: deviceFacts(model), now: NOW });
    const out = parseAml(r.body).attachments[0]!.output;
    assert.ok(out.includes('Configured from console by admin on vty0 (<removed>)'));
  });
});
