// Markdown documentation for commands, keywords and values, shared by completion and hover. Every limit and
// default comes from the command table (which cites the guides) or cites the guide itself.
import { cite, MODE_TITLES, type CommandSpec } from '../language';

/** Full documentation of a command: syntax, summary, limits/defaults with citations, and where it is valid. */
export function commandMarkdown(spec: CommandSpec): string {
  const parts = [`\`\`\`cisco-ios\n${spec.doc.usage}\n\`\`\``, spec.doc.summary];
  if (spec.doc.details !== undefined && spec.doc.details.length > 0) parts.push(spec.doc.details.map((d) => `- ${d}`).join('\n'));
  parts.push(`*Mode:* ${spec.modes.map((m) => MODE_TITLES[m]).join(', ')}${spec.enters !== undefined ? ` → enters ${MODE_TITLES[spec.enters]}` : ''}`);
  return parts.join('\n\n');
}

/** What each alert group carries ("Table 2 Call Home Alert Groups, Events, and Actions", 000:L2741–L2811). */
export const ALERT_GROUP_DOCS: Record<string, string> = {
  all: 'All alert groups.',
  configuration: `Configuration: the device configuration (show running-config all, show startup-config, …), on request and periodically (${cite('000', 2775, 2781)}).`,
  crash: `Crash: system crash and traceback events (${cite('000', 2757, 2773)}).`,
  diagnostic: `Diagnostic: diagnostic test results (${cite('000', 2783, 2787)}).`,
  environment: `Environment: power, fan and temperature alarms (${cite('000', 2789, 2795)}).`,
  inventory: `Inventory: hardware and software inventory on cold boot, FRU insertion/removal and periodically (${cite('000', 2797, 2803)}).`,
  snapshot: `Snapshot: output of the commands listed under \`alert-group-config snapshot\` (${cite('000', 870, 938)}).`,
  syslog: `Syslog: events logged to syslog (${cite('000', 2805, 2811)}).`,
};

/** Call Home severity levels with their syslog equivalents ("Table 1 Severity and Syslog Level Mapping", 000:L780–L868). */
export const SEVERITY_DOCS: Record<string, string> = {
  catastrophic: 'Level 9 — network-wide catastrophic failure (no syslog equivalent).',
  disaster: 'Level 8 — significant network impact (no syslog equivalent).',
  fatal: 'Level 7 — system is unusable (syslog emergency, 0).',
  critical: 'Level 6 — critical conditions, immediate attention needed (syslog alert, 1).',
  major: 'Level 5 — major conditions (syslog critical, 2).',
  minor: 'Level 4 — minor conditions (syslog error, 3).',
  warning: 'Level 3 — warning conditions (syslog warning, 4).',
  notification: 'Level 2 — basic notification and informational messages (syslog notice, 5).',
  normal: 'Level 1 — normal event signifying return to normal state (syslog informational, 6).',
  debugging: `Level 0 — debugging messages (syslog debug, 7). The default threshold, not recommended (${cite('000', 773)}).`,
};

export const SEVERITY_SOURCE = cite('000', 780, 868);

/** Short notes for enum values that are not alert groups or severities. */
export const VALUE_DOCS: Record<string, string> = {
  email: 'E-mail transport (SMTP through the configured mail servers).',
  http: 'HTTP/HTTPS transport (POST to the destination URL).',
  xml: `XML (AML) — required by CiscoTAC-1 and the Smart Call Home service (${cite('000', 549)}).`,
  'long-text': 'Plain text, full formatted message for human reading.',
  'short-text': 'Short text, suitable for pagers or printed reports.',
  normal: 'Scrub passwords, secrets and SNMP communities.',
  high: 'Also scrub IP addresses and domain names.',
  'smart-call-home-data': 'Report Smart Call Home data.',
  'smart-licensing-data': `Report Smart Licensing data (only one active profile may, ${cite('000', 552)}).`,
};
