#!/usr/bin/env node
// Extracts every configuration / CLI-transcript example from the five Cisco guides in
// ../shared/seeds/*.txt into test fixtures (one .cfg per example + manifest.json), so a
// test can check that the validator produces no false positives on the guides' own examples.
//
//   node scripts/extract-seed-examples.mjs --seeds ../shared/seeds --out test/fixtures/seed-examples
//
// Node 20, ESM, no dependencies. Deterministic: the same seeds always give byte-identical output.
//
// How it works
// ------------
// The seeds are flattened web/PDF text (tables as one cell per paragraph or tab-separated rows,
// HTML fragments, OCR damage), so a purely heuristic detector cannot tell a config example from a
// syntax line, a summary-step list or a show output. The example line ranges are therefore curated
// below (EXAMPLES), checked against the seeds every run:
//   * every line of a seed that contains a device prompt (Router/Device/Switch …# or >) must be
//     inside a curated example or inside a documented SKIP range, otherwise the script fails;
//   * every example must start with a prompt line (or, for the interactive crypto pki steps, with a
//     dialogue answer such as `quit`), and must not overlap another example or a skip range.
// So if a seed changes or an example is missed, the run fails instead of silently dropping it.
//
// What is and is not an example (decisions, see SKIP reasons):
//   * transcripts: consecutive prompt lines plus the device output of the same session
//     (`Enter configuration commands…`, the pasted certificate, `quit`, `% Do you accept…`);
//   * each "Example:" cell of a step table is its own example (one step = one fixture);
//   * show/debug outputs are not examples (a lone `show …` step example is kept: it is a CLI line);
//   * summary-step lists, syntax lines with placeholders, XML/long-text sample messages and
//     bare certificate dumps are not examples; seed 003's "Command / Purpose" procedure tables
//     are syntax tables (placeholders such as `profile name`, `{email | http}`) and are skipped.
//
// Text rules: each fixture line i is seed line startLine+i-1 (one-to-one, nothing joined or split).
// The text is kept as in the seed (typos, typographic quotes, OCR damage, NBSP inside lines),
// except: CRLF is normalised, trailing whitespace is removed, the common leading indentation is
// removed, Markdown fence lines (```) inside an example become empty lines, and for rows of
// flattened tables (lines with tab-separated cells or <pre>/<p> markup) only the example cell is
// kept: the text from the device prompt to the end of its cell (step number, syntax column,
// "Example:" label and the purpose column are dropped) with the formatting tags <pre> <code> <p>
// <i> <b> removed; a continuation line of a wrapped table cell keeps its first non-empty cell.

import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Curated data
// ---------------------------------------------------------------------------------------------

// Example ranges per seed: "N" (one line) or "A-B" (inclusive), seed line numbers (1-based).
const EXAMPLES = {
  '000': `
    125 135 145 157 181 190
    244 253 263 273 283 293 303 313 322 332 341
    367 377 387
    425 435 445 455 466 476 486 496 507-517
    593 602 612 622 632 641 651 661 671 681
    707 717 727
    893 903 912 923 935
    980 990 999 1017 1027 1037 1053 1065 1079-1085
    1105 1115 1125
    1152 1162 1171
    1198 1208 1218 1231
    1257 1267 1276
    1301 1311 1320
    1369 1378 1388 1398 1407 1417
    1442 1452 1462
    1476-1480
    1507
    1545 1554 1563
    1603 1616 1626
    1655 1672 1676 1680
    1880 1893 1904 1915 1926 1937 1948 1959 1970 1981 1994
    2034 2045 2056 2067 2078 2089 2100
    2113-2127
    2216 2226 2236 2246 2256 2284 2294 2304 2313 2323-2355
    2372
    2418 2428 2438 2448 2457 2467`,
  '001': `
    782 785 795 798 801 804 807
    824 827 830 842 846 863 865 882 885 897 902 914 917 942 945 950 968 970-971
    987 990 993 996 999 1002
    1011-1021 1031-1049 1064 1074-1092 1113-1121 1133-1137 1145-1175
    1489 1494 1497 1504
    1518 1523-1524
    1548 1551 1554 1557 1560 1563 1566 1569 1574 1577 1580
    1595 1598 1603
    1625 1628 1633 1635-1636 1639 1642 1645 1648 1654-1673
    1734 1739 1742 1745 1748 1751 1754 1757 1760 1765
    1780 1783 1786
    1862 1865 1868 1871 1874
    1904 1907 1913 1917 1920 1923 1926 1928 1934-1945
    1963 1966 1969
    1986 1989 1992
    2010 2013 2016 2019
    2034 2039 2042
    2057 2060 2065
    2091 2096 2099 2102 2105 2108
    2125 2128 2131 2141-2145
    2170 2201 2204 2207 2238 2243 2249 2269 2279 2283 2287
    2461 2464 2467 2470 2474 2477 2480 2483 2486 2489 2492
    2519 2522 2525 2528 2532 2536 2539 2548-2563
    2634 2637 2640 2643 2646 2657 2659 2662 2665 2671-2685
    2699
    2736 2739 2742 2745 2748 2753
    3525 3528 3531 3534 3539 3542 3545
    3565 3569 3571 3573 3575 3577 3579 3581
    3597 3600 3604 3607 3668-3672`,
  '002': `
    102 103
    124 125 126 127 128 131 132 133 134 135 136
    151 152 153
    175 181 182 183 184 185 186 187 194-215
    268 269 272 273 274 275 276 277 278 279
    294 295 296
    369 370 371 372 373
    402 403 404 408 409 410 411 412 421-431
    448 449 450
    466 467 468 469
    487 488 489
    504 505 506
    533 534 535 538 539 540
    555 556 557 566-570
    594 617 618 647 648 656 679 691 697 703
    750 751 752 755 756 758 759 760 761 769-801
    816
    849 850 851 854 855 856`,
  '003': `
    1372 1483 1487 1492-1493 1498 1502 1592-1593 1634-1635 3452-3464`,
  '004': `
    38 42 97-99 103-105 161 245-246 250 254 258 300 344 398-417 553 557 619 623 705
    802 806 810 814 818 822 892 943 1000-1001 1060-1061 1124-1125 1200 1250-1251 1312
    1399-1402 1406-1409 1649`,
};

// Lines that contain a device prompt but are deliberately not examples.
const SKIP = {
  '000': [
    [2132, 2145, 'show call-home diagnostic-signature output'],
    [2479, 2504, 'show call-home output'],
    [2507, 2570, 'show call-home detail output'],
    [2573, 2581, 'show call-home alert-group output'],
    [2584, 2587, 'show call-home mail-server status output'],
    [2590, 2623, 'show call-home profile all output'],
    [2626, 2641, 'show call-home profile campus-noc output'],
    [2644, 2684, 'show call-home statistics output'],
    [3156, 3358, 'XML sample messages (<ch:Device> tags)'],
  ],
  '001': [
    [1183, 1268, 'show tech-support output'],
    [1297, 1336, 'show version output'],
    [2132, 2132, 'garbled one-line duplicate of the rename-profile step table (prompts run together mid-line)'],
    [2568, 2590, 'show call-home diagnostic-signature output'],
    [2761, 2793, 'show call-home output'],
    [2797, 2867, 'show call-home detail output'],
    [2873, 2878, 'show call-home mail-server status output'],
    [2882, 2924, 'show call-home profile all output'],
    [2928, 2948, 'show call-home profile campus-noc output'],
    [2952, 3044, 'show call-home statistics output'],
    [3185, 3387, 'XML sample messages (<ch:Device> tags)'],
    [3629, 3662, 'show license all output'],
  ],
  '002': [
    [864, 893, 'show call-home output'],
    [897, 971, 'show call-home detail output'],
    [976, 988, 'show call-home alert-group output'],
    [992, 999, 'show call-home mail-server status output'],
    [1003, 1040, 'show call-home profile all output'],
    [1044, 1063, 'show call-home profile campus-noc output'],
    [1067, 1118, 'show call-home statistics output'],
    [1237, 1348, 'XML sample message (<ch:Device> tags)'],
  ],
  '003': [
    [528, 1106, 'Command/Purpose syntax tables (contact info, destination profile, copy profile, alert groups): placeholders'],
    [1201, 1335, 'Command/Purpose syntax tables (general e-mail options, enabling Call Home): placeholders'],
    [1352, 1368, 'Command/Purpose syntax table (call-home test): placeholders'],
    [1380, 1446, 'Command/Purpose syntax table (call-home send alert-group): placeholders'],
    [1516, 1553, 'Command/Purpose syntax table (call-home request): placeholders'],
    [1602, 1616, 'Command/Purpose syntax table (call-home send "command"): placeholders'],
    [1642, 1706, 'Command/Purpose table of show commands: placeholders'],
    [2785, 2925, 'Command/Purpose syntax tables (wireless client / AP notifications): placeholders'],
    [2939, 3131, 'Command/Purpose procedure table "Call Home Configuration – HTTPS": placeholders (profile name, trustpoint_name)'],
    [3149, 3304, 'Command/Purpose procedure table "Transport Gateway / HTTPS to Cisco": placeholders, truncated cells'],
    [3314, 3417, 'Command/Purpose procedure table "Email to Smart Call Home": placeholders'],
  ],
  '004': [],
};

// Titles that the heading heuristic cannot find (seed 003 has no blank-line-delimited headings;
// the rename-profile table of 001 has lost its "Step" labels).
const TITLES = {
  '001:2125': 'Renaming a Destination Profile — Step 1 (configure terminal)',
  '001:2128': 'Renaming a Destination Profile — Step 2 (call-home)',
  '001:2131': 'Renaming a Destination Profile — Step 3 (rename profile source-profile target-profile)',
  '001:1133': 'Example: Generic Command Enhanced with Licensing Information — reload',
  '001:1145': 'Example: Generic Command Enhanced with Licensing Information — show running-config',
  '003:1372': 'Sending a Call Home Test Message Manually: This example shows how to manually send a Call Home test message',
  '003:1483': 'Sending a Call Home Alert Group Message Manually: This example shows how to send the configuration alert-group message to all the destination profiles',
  '003:1487': 'Sending a Call Home Alert Group Message Manually: This example shows how to send the crash call-home message',
  '003:1492': 'Sending a Call Home Alert Group Message Manually: This example shows how to send the diagnostic alert-group message to the destination profile for a specific switch',
  '003:1498': 'Sending a Call Home Alert Group Message Manually: This example shows how to send the diagnostic alert-group message to all destination profiles for a specific switch',
  '003:1502': 'Sending a Call Home Alert Group Message Manually: This example shows how to send the inventory call-home message',
  '003:1592': 'Sending a Request for an Analysis and Report: This example shows a request for analysis of a user-specified show command',
  '003:1634': 'Sending the Output of a Command: This example shows how to send the output of a CLI command to a user-specified e-mail address',
  '003:3452': 'Configuring Call Home When Not Using the Transport Gateway: sequence of commands used to install the CA certificate',
};

// Command sections of seed 004 (a command reference: the section name is the command).
const SECTIONS_004 = [
  [1, 'aaa-authorization'], [51, 'active (call home)'], [124, 'add-command'], [172, 'alert-group'],
  [270, 'alert-group-config snapshot'], [313, 'anonymous-reporting-only'],
  [353, 'call-home (global configuration)'], [479, 'call-home reporting'], [559, 'call-home request'],
  [647, 'call-home send'], [725, 'call-home send alert-group'], [842, 'call-home test'],
  [912, 'clear ip rsvp high-availability counters'], [954, 'contact-email-addr'], [1014, 'contract-id'],
  [1073, 'copy profile'], [1142, 'crashdump-timeout'], [1202, 'customer-id (call home)'],
  [1264, 'data-privacy'], [1321, 'destination (call home)'],
  [1549, 'frame-relay redundancy auto-sync lmi-sequence-numbers'], [1615, 'http-proxy'],
];

// Known defects inside examples, from the reference files' contradiction lists (and found while
// extracting). Keyed "seed:startLine". Automatic notes (typographic quotes, prompts with OCR
// spaces, `config-call-home` prompts, NBSP) are added by autoNotes() below.
const CERT_CLEAN = 'pasted CA certificate is the clean VeriSign Class 3 Public Primary CA - G2 (RSA-1024, sha1WithRSA, valid 1998-05-18..2028-08-01): outdated/weak';
const CERT_OCR = 'pasted CA certificate is OCR-corrupted and does not decode as base64/DER';
const NOTES = {
  // ---- 000 ----
  '000:157': 'example mask `ip address 10.10.10.10 0.0.0.0` (000:L157)',
  '000:425': '`configure terminal` shown at the user-EXEC prompt `Router>` (000:L425)',
  '000:651': 'keyword `destination message-size` (000/001/002 spelling); 003/004 spell it `message-size-limit`',
  '000:935': 'snapshot step says `end` but the example is `exit` (000:L931-935)',
  '000:999': 'mail server host typo `stmp.example.com` (000:L999; L1083 has smtp.example.com)',
  '000:1053': '`ip-address 209.165.200.226` printed for `source-ip-address 209.165.200.226` (000:L1053)',
  '000:1171': '`http-proxy 1.1.1.1 port 1` shown at the global `Device(config)#` prompt although it is a call-home mode command; syntax line is garbled `http-proxy {ipv4-address | ipv6-address name} name` (000:L1143, L1168, L1171)',
  '000:1417': 'profile-mode `end` shown at the `Router(cfg-call-home)#` prompt (000:L1417)',
  '000:1462': '`rename profile2 testprofile` omits the `profile` keyword (000:L1462)',
  '000:1655': 'malformed: `emailsupport@example.com` (missing `email` keyword/space) and no `;` between `show running-config` and `show inventory` (000:L1655)',
  '000:1676': '`call-home send "show version"; "show run tac-service-request 123456` has unbalanced quotes (000:L1676)',
  '000:1680': 'text says the output goes to callhome@cisco.com but the example uses callhome@example.com (000:L1678-1680)',
  '000:2113': 'creates `profile user-1` (000:L2119) but diagnostic-signature mode uses `profile user1` (000:L2125)',
  '000:2284': 'dialogue answer of the `crypto pki authenticate` session (Step 7) shown alone, without a prompt (000:L2284)',
  '000:2294': 'dialogue answer of the `crypto pki authenticate` session (Step 8) shown alone, without a prompt (000:L2294)',
  '000:2304': '`end` (leaving global config) shown at the privileged `Router#` prompt (000:L2304)',
  '000:2323': CERT_CLEAN + ' (000:L2330-2346)',
  // ---- 001 ----
  '001:795': 'HTML-conversion artefact in the URL: `tftp://infra-sun/ <user>/license/5400/38a.lic</user>` (001:L795)',
  '001:970': 'command wrapped by the PDF table: `license revoke` on L970, its URLs on L971 (001:L970-971)',
  '001:1011': 'the URL contains the literal placeholder `<user>` (001:L1011-1013)',
  '001:1064': 'command and its output run together on one line (`… license lines saved ..... to flash:all licenses.lic`) (001:L1064)',
  '001:1145': '`show running-config` output with elision lines `...` (001:L1158-1159) and `.` (001:L1175); a page break splits it into two fenced blocks (fence lines L1165-1167 become empty lines)',
  '001:1523': 'command wrapped by the PDF table: `call-home reporting` on L1523, `contact-email-addr email@company.com` on L1524 (001:L1523-1524)',
  '001:1625': '`configure terminal` shown at the user-EXEC prompt `Router>` (001:L1625)',
  '001:1635': 'command wrapped by the PDF table: `phone-number` on L1635, `+1-222-333-4444` on L1636 (001:L1635-1636)',
  '001:1754': 'keyword `destination message-size` (000/001/002 spelling); 003/004 spell it `message-size-limit`',
  '001:1874': 'snapshot step says `end` (summary misprints `enc`) but the example is `exit` (001:L1857, L1874)',
  '001:1913': 'mail server host typo `stmp.example.com` (001:L1913; L1941 has smtp.example.com)',
  '001:1926': '`ip-address 209.165.200.226` printed for `source-ip-address 209.165.200.226` (001:L1926)',
  '001:1992': '`http-proxy 1.1.1.1 port 1` shown at the global `Device(config)#` prompt although it is a call-home mode command; syntax line is garbled (001:L1990, L1992)',
  '001:2108': 'profile-mode `end` shown at the `Router(cfg-call-home)#` prompt (001:L2108)',
  '001:2131': '`rename profile2 testprofile` omits the `profile` keyword (001:L2131)',
  '001:2269': 'malformed: `emailsupport@example.com` (missing `email` keyword/space) and no `;` between `show running-config` and `show inventory` (001:L2269)',
  '001:2283': '`call-home send "show version"; "show run tac-service-request 123456` has unbalanced quotes (001:L2283)',
  '001:2287': 'text says the output goes to callhome@cisco.com but the example uses callhome@example.com (001:L2285-2287)',
  '001:2548': '`destination address http` with its URL wrapped onto the next line (001:L2556-2557); creates `profile user-1` (L2554) but diagnostic-signature mode uses `profile user1` (L2561); OCR lost the underscore in `environment ds env1 envarval` (L2562)',
  '001:2657': 'dialogue answer of the `crypto pki authenticate` session (Step 7) shown alone, without a prompt (001:L2657)',
  '001:2659': 'dialogue answer of the `crypto pki authenticate` session (Step 8) shown alone, without a prompt (001:L2659)',
  '001:2662': '`end` (leaving global config) shown at the privileged `Router#` prompt (001:L2662)',
  '001:2671': CERT_OCR + ' (001:L2678-2685); L2685 runs the remaining certificate lines, `quit`, the fingerprints and `% Do you accept this certificate? [yes/no]` together on one line, and the session ends there',
  '001:3531': '`license smart enable` is a global-configuration command but is shown at the privileged `Device#` prompt (001:L3531)',
  '001:3534': '`exit` (leaving global config) shown at the privileged `Device#` prompt (001:L3534)',
  '001:3668': '`license smart enable` shown at the privileged `Device#` prompt (global-configuration command) (001:L3668)',
  // ---- 002 ----
  '002:175': '`configure terminal` shown at the user-EXEC prompt `Router>` (002:L175)',
  '002:276': 'keyword `destination message-size` (000/001/002 spelling); 003/004 spell it `message-size-limit`',
  '002:373': 'snapshot step says `end` but the example is `exit` (002:L373)',
  '002:404': 'mail server host typo `stmp.example.com` (002:L404; L427 has smtp.example.com)',
  '002:411': '`ip-address 209.165.200.226` printed for `source-ip-address 209.165.200.226` (002:L411)',
  '002:450': '`http-proxy 1.1.1.1 port 1` shown at the global `Device(config)#` prompt although it is a call-home mode command; syntax line is garbled (002:L450)',
  '002:540': 'profile-mode `end` shown at the `Router(cfg-call-home)#` prompt (002:L540)',
  '002:557': '`rename profile2 testprofile` omits the `profile` keyword (002:L557)',
  '002:647': 'OCR spaces inside the quoted command: `output-analysis " show diag " profile TG` (002:L647)',
  '002:679': 'malformed: `emailsupport@example.com` (missing `email` keyword/space) and no `;` between `show running-config` and `show inventory` (002:L679)',
  '002:697': '`call-home send "show version"; "show run tac-service-request 123456` has unbalanced quotes (002:L697)',
  '002:703': 'text says the output goes to callhome@cisco.com but the example uses callhome@example.com (002:L700-703)',
  '002:758': 'dialogue answer of the `crypto pki authenticate` session (Step 7) shown alone, without a prompt (002:L758)',
  '002:759': 'dialogue answer of the `crypto pki authenticate` session (Step 8) shown alone, without a prompt (002:L759)',
  '002:760': '`end` (leaving global config) shown at the privileged `Router#` prompt (002:L760)',
  '002:769': CERT_OCR + ' (002:L776-792; e.g. `MIIDAjCCAmCEH3Z…`, `DTE4MDgw…` i.e. a 2018 expiry)',
  // ---- 003 ----
  '003:1492': 'command wrapped onto two lines: `… profile` / `CiscoTAC-1` (003:L1492-1493)',
  '003:1502': 'line starts with an en-dash bullet artefact `– ` before the prompt (003:L1502)',
  '003:1592': 'command wrapped inside the quoted show command: `"show diagnostic result switch` / `all" profile TG` (003:L1592-1593)',
  '003:1634': 'command wrapped onto two lines: `… email` / `support@example.com` (003:L1634-1635)',
  '003:3452': 'no space after the prompts (`Switch(config)#crypto pki trustpoint cisco`); `crypto pki authenticate cisco` shown at the `Switch(ca-trustpoint)#` prompt without `exit`; a stray `Note` label (L3457); the certificate is the placeholder `Paste the certificate here and accept it` (L3460) (003:L3452-3464)',
  // ---- 004 ----
  '004:97': '`Switch(cfg-call-home-profile)# no` truncated, should be `no active` (004:L99)',
  '004:344': '`anonymous-reporting-only` shown in "TAC profile" mode without the `profile CiscoTAC-1` that enters it (004:L344, L351)',
  '004:398': 'includes the device help listing `Call-home configuration commands:` … (004:L400-417), device output that looks like commands',
  '004:557': '`call-home reporting anonymous http-proxy port 1` omits the proxy host (004:L557)',
  '004:943': 'RSVP command unrelated to Call Home, from the command reference (004:L943)',
  '004:1200': 'redundancy-mode command unrelated to Call Home, prompt `Router(config-r)#` (004:L1200)',
  '004:1649': '`http-proxy port 1` omits the proxy host (004:L1649)',
};

// Kind overrides (default: "transcript"; "config" = a plain config block without prompts).
// The seeds contain no prompt-less config block: the only running-config (001:L1145-1175) is the
// output of `Device# show running-config` and is kept as one transcript.
const KINDS = {};

// ---------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------

const PROMPT_RE = /(?:Router|Device|Switch|switch)\s?(?:\([A-Za-z0-9-]*\)?\s?)?[#>]/;
const PROMPT_AT_START_RE = /^(?:–\s)?(?:Router|Device|Switch|switch)\s?(?:\([A-Za-z0-9-]*\)?\s?)?[#>]/;
const DIALOGUE_START_RE = /^(?:quit|% Do you accept this certificate\? \[yes\/no\]: yes)$/;
const TAG_RE = /<\/?(?:pre|code|p|i|b)>/g;

function parseArgs(argv) {
  const args = { seeds: '../shared/seeds', out: 'test/fixtures/seed-examples' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seeds') args.seeds = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/extract-seed-examples.mjs [--seeds DIR] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

function parseRanges(spec) {
  return spec.trim().split(/\s+/).map((tok) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(tok);
    if (!m) throw new Error(`bad range token ${tok}`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b < a) throw new Error(`bad range ${tok}`);
    return [a, b];
  });
}

function readSeed(dir, id) {
  const names = fs.readdirSync(dir).filter((n) => n.startsWith(`${id}_`) && n.endsWith('.txt')).sort();
  if (names.length !== 1) throw new Error(`expected one seed file ${id}_*.txt in ${dir}, found ${names.length}`);
  const text = fs.readFileSync(path.join(dir, names[0]), 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { file: names[0], lines };
}

const isBlank = (s) => s.replace(/[\s\u00a0]/g, '') === '';
const isFence = (s) => s.trim() === '```';
const rstrip = (s) => s.replace(/[\s\u00a0\ufeff]+$/u, '');

// Is this seed line a row of a flattened table (tab cells or HTML/"Example:" markup)?
function isTableRow(line) {
  return line.includes('\t') || /<\/?(?:pre|code|p)>|Example:/.test(line);
}

// Extract the example text of one seed line. Returns { text, cell } (cell: true if cut from a table row).
function extractLine(line) {
  if (isFence(line)) return { text: '', cell: false };
  if (!isTableRow(line)) return { text: rstrip(line), cell: false };
  let t;
  const m = PROMPT_RE.exec(line);
  if (m) {
    t = line.slice(m.index);
    const tab = t.indexOf('\t');
    if (tab >= 0) t = t.slice(0, tab);
  } else {
    const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    const withLabel = cells.find((c) => c.includes('Example:'));
    if (withLabel) t = withLabel.slice(withLabel.lastIndexOf('Example:') + 'Example:'.length);
    else t = cells[0] ?? '';
  }
  t = t.replace(TAG_RE, '').trim();
  return { text: rstrip(t), cell: true };
}

function buildText(lines, start, end) {
  const parts = [];
  for (let n = start; n <= end; n++) parts.push(extractLine(lines[n - 1]));
  // common leading indentation over raw (non-cell) non-empty lines
  let indent = Infinity;
  for (const p of parts) {
    if (p.cell || p.text === '') continue;
    const m = /^[ \t]*/.exec(p.text);
    indent = Math.min(indent, m[0].length);
  }
  if (!Number.isFinite(indent)) indent = 0;
  return parts.map((p) => (p.cell || p.text === '' ? p.text : p.text.slice(indent)));
}

// ----- titles -----

function cleanHeading(s) {
  return s.replace(/\u00a0/g, ' ').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

function isHeading(lines, i) {
  const t = cleanHeading(lines[i]);
  if (t.length < 3 || t.length > 100) return false;
  if (/[.:;,]$/.test(t) || !/^[A-Z]/.test(t)) return false;
  if (lines[i].includes('\t') || /[{|}#•<>]/.test(t)) return false;
  if (/^(?:Step\b|Note\b|SUMMARY STEPS|DETAILED STEPS|Command or Action|Before You Begin|What [Tt]o Do Next|Table \d|Examples?$|Example:?$)/.test(t)) return false;
  if (PROMPT_RE.test(t) || t.includes('...') || t.includes('**')) return false;
  if (i > 0 && /^Example:?$/.test(cleanHeading(lines[i - 1]))) return false; // an example cell's text
  // a heading is followed by an empty line; the line before it may be the end of the previous
  // block (000:L1086 follows an example, 000:L2183 follows a certificate line)
  return i + 1 >= lines.length || isBlank(lines[i + 1]);
}

function stepLabel(line) {
  const m = /^\s*Step[\s\u00a0]*(\d+)(.*)$/.exec(line);
  if (!m) return null;
  let rest = m[2];
  // tab rows: "Step 3\tsyntax\tpurpose" (the syntax cell may be empty, 001:L991)
  if (rest.includes('\t')) rest = rest.startsWith('\t') ? rest.split('\t')[1] : rest.split('\t')[0];
  rest = rest.replace(TAG_RE, '').replace(/\s*Example:.*$/, '');
  rest = cleanHeading(rest);
  if (rest.length > 90) rest = `${rest.slice(0, 87)}...`;
  return { n: Number(m[1]), syntax: rest };
}

const CAPTION_RE = /^(?:The following (?:example|examples|shows)|This example)\b/;

function autoTitle(seed, lines, start) {
  if (seed === '004') {
    let section = SECTIONS_004[0][1];
    for (const [ln, name] of SECTIONS_004) if (ln <= start) section = name;
    const caption = findCaption(lines, start, 6);
    return caption ? `${section}: ${caption}` : section;
  }
  // step: the example's own line (002 rows, 001 L2269) or a "Step N" line above it before any heading/caption
  let step = stepLabel(lines[start - 1]);
  let heading = null;
  let caption = null;
  for (let i = start - 2; i >= 0 && i >= start - 400; i--) {
    const t = cleanHeading(lines[i]);
    if (!step && !caption && !heading) {
      const s = stepLabel(lines[i]);
      if (s) { step = s; continue; }
      if (CAPTION_RE.test(t)) { caption = t.replace(/[:.]$/, ''); continue; }
    }
    if (isHeading(lines, i)) { heading = cleanHeading(lines[i]); break; }
  }
  let title = heading ?? '(no heading)';
  if (step) title += ` — Step ${step.n}${step.syntax ? ` (${step.syntax})` : ''}`;
  else if (caption) title += `: ${caption}`;
  return title;
}

function findCaption(lines, start, maxBack) {
  for (let i = start - 2; i >= 0 && i >= start - 1 - maxBack; i--) {
    const t = cleanHeading(lines[i]);
    if (CAPTION_RE.test(t)) return t.replace(/[:.]$/, '');
    if (PROMPT_RE.test(t)) return null;
  }
  return null;
}

// ----- automatic notes -----

function autoNotes(seed, texts, start) {
  const where = (pred) => texts.map((t, k) => (pred(t) ? start + k : null)).filter((n) => n !== null);
  const fmt = (ns) => ns.map((n) => `L${n}`).join(', ');
  const notes = [];
  const curly = where((t) => /[\u201c\u201d]/.test(t));
  if (curly.length) notes.push(`typographic quotes \u201c \u201d (U+201C/U+201D) instead of ASCII " (${seed}:${fmt(curly)})`);
  const SPACED = /^(?:Router|Device|Switch|switch)(?: \([A-Za-z0-9-]*\) ?[#>]|\([A-Za-z0-9-]*\) [#>])/;
  const spaced = where((t) => SPACED.test(t));
  if (spaced.length) {
    const forms = [...new Set(texts.map((t) => SPACED.exec(t)?.[0]).filter(Boolean))].map((f) => `\`${f}\``);
    notes.push(`prompt with OCR spaces ${forms.join(', ')} (${seed}:${fmt(spaced)})`);
  }
  const cfgch = where((t) => /\(config-call-home\)/.test(t));
  if (cfgch.length) notes.push(`prompt \`(config-call-home)\` instead of \`(cfg-call-home)\` (${seed}:${fmt(cfgch)})`);
  const nbsp = where((t) => t.includes('\u00a0'));
  if (nbsp.length) notes.push(`contains NBSP U+00A0 (${seed}:${fmt(nbsp)})`);
  return notes;
}

// ----- main -----

function main() {
  const args = parseArgs(process.argv.slice(2));
  const seedsDir = path.resolve(args.seeds);
  const outDir = path.resolve(args.out);
  const manifest = [];
  const outputs = new Map();
  const problems = [];
  const usedKeys = new Set();

  for (const seed of Object.keys(EXAMPLES).sort()) {
    const { lines } = readSeed(seedsDir, seed);
    const ranges = parseRanges(EXAMPLES[seed]);
    const skips = SKIP[seed] ?? [];
    const owner = new Array(lines.length + 1).fill(null);
    const claim = (a, b, who) => {
      if (a < 1 || b > lines.length) { problems.push(`${seed}: ${who} L${a}-L${b} outside the file`); return; }
      for (let n = a; n <= b; n++) {
        if (owner[n]) problems.push(`${seed}: L${n} claimed by ${owner[n]} and ${who}`);
        owner[n] = who;
      }
    };
    for (const [a, b] of ranges) claim(a, b, `example L${a}-L${b}`);
    for (const [a, b, why] of skips) claim(a, b, `skip L${a}-L${b} (${why})`);

    // coverage: every prompt-bearing line is an example or a documented skip
    lines.forEach((line, i) => {
      if (PROMPT_RE.test(line) && !owner[i + 1]) {
        problems.push(`${seed}: L${i + 1} has a device prompt but is neither an example nor skipped: ${line.trim().slice(0, 100)}`);
      }
    });

    for (const [a, b] of ranges) {
      const key = `${seed}:${a}`;
      const texts = buildText(lines, a, b);
      if (texts[0] === '' || texts[texts.length - 1] === '') problems.push(`${key}: example starts or ends with an empty line`);
      const kind = KINDS[key] ?? 'transcript';
      if (kind === 'transcript' && !PROMPT_AT_START_RE.test(texts[0]) && !DIALOGUE_START_RE.test(texts[0])) {
        problems.push(`${key}: transcript does not start with a prompt: ${texts[0].slice(0, 80)}`);
      }
      const notes = [];
      if (NOTES[key]) { notes.push(NOTES[key]); usedKeys.add(key); }
      notes.push(...autoNotes(seed, texts, a));
      if (TITLES[key]) usedKeys.add(key);
      if (KINDS[key]) usedKeys.add(key);
      const title = TITLES[key] ?? autoTitle(seed, lines, a);
      const file = `${seed}-L${a}-L${b}.cfg`;
      outputs.set(file, `${texts.join('\n')}\n`);
      manifest.push({ file, seed, startLine: a, endLine: b, kind, title, notes: notes.join('; ') });
    }
  }
  for (const key of [...Object.keys(NOTES), ...Object.keys(TITLES), ...Object.keys(KINDS)]) {
    if (!usedKeys.has(key)) problems.push(`${key}: note/title/kind given for a line that starts no example`);
  }
  if (problems.length) {
    for (const p of problems) console.error(`error: ${p}`);
    process.exit(1);
  }

  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir)) {
    if (/^\d{3}-L\d+-L\d+\.cfg$/.test(name) || name === 'manifest.json') fs.unlinkSync(path.join(outDir, name));
  }
  for (const [file, text] of outputs) fs.writeFileSync(path.join(outDir, file), text);
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const bySeed = {};
  for (const e of manifest) {
    bySeed[e.seed] ??= { transcript: 0, config: 0 };
    bySeed[e.seed][e.kind]++;
  }
  const total = manifest.length;
  console.log(`wrote ${total} examples + manifest.json to ${path.relative(process.cwd(), outDir) || '.'}`);
  for (const [seed, c] of Object.entries(bySeed)) console.log(`  ${seed}: ${c.transcript} transcript, ${c.config} config`);
}

main();
