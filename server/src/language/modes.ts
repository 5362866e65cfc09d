// Configuration modes the core tracks, as the device does. Modes outside Call Home and crypto pki are
// folded into `global` (and `other`, for the children of blocks we do not interpret, such as `interface`).

export type ModeId =
  | 'global'
  | 'call-home'
  | 'profile'
  | 'snapshot'
  | 'diag-sign'
  | 'trustpoint'
  | 'cert-chain'
  | 'pki-other'
  | 'other';

/** The mode a mode returns to with `exit`, and where IOS looks for a command that is not valid here. */
export const PARENT: Record<ModeId, ModeId | undefined> = {
  global: undefined,
  'call-home': 'global',
  profile: 'call-home',
  snapshot: 'call-home',
  'diag-sign': 'call-home',
  trustpoint: 'global',
  'cert-chain': 'global',
  'pki-other': 'global',
  other: 'global',
};

/** What happens to a line the command table does not know, per mode. */
export const UNKNOWN_POLICY: Record<ModeId, 'warn' | 'silent'> = {
  global: 'silent', // a running-config holds thousands of commands we do not interpret
  'call-home': 'warn',
  profile: 'warn',
  snapshot: 'warn',
  'diag-sign': 'silent',
  trustpoint: 'silent', // the crypto pki command set is large (hash, usage, auto-enroll, …): accept silently
  'cert-chain': 'silent',
  'pki-other': 'silent',
  other: 'silent',
};

/** Device prompt mode names (`Router(<name>)#`) mapped to our modes. */
export const PROMPT_MODES: Record<string, ModeId> = {
  config: 'global',
  'cfg-call-home': 'call-home',
  'config-call-home': 'call-home',
  'cfg-call-home-profile': 'profile',
  'config-call-home-profile': 'profile',
  'cfg-call-home-snapshot': 'snapshot',
  'cfg-call-home-diag-sign': 'diag-sign',
  'ca-trustpoint': 'trustpoint',
  'config-cert-chain': 'cert-chain',
  'ca-trustpool': 'pki-other',
  'ca-certificate-map': 'pki-other',
  'cs-server': 'pki-other',
};

/** Human names for messages and hovers. */
export const MODE_TITLES: Record<ModeId, string> = {
  global: 'global configuration',
  'call-home': 'call-home configuration (cfg-call-home)',
  profile: 'destination profile configuration (cfg-call-home-profile)',
  snapshot: 'snapshot configuration (cfg-call-home-snapshot)',
  'diag-sign': 'diagnostic-signature configuration (cfg-call-home-diag-sign)',
  trustpoint: 'CA trustpoint configuration (ca-trustpoint)',
  'cert-chain': 'certificate chain configuration (config-cert-chain)',
  'pki-other': 'crypto pki configuration',
  other: 'configuration block',
};

/** The modes whose lines we interpret; lines in other modes are skipped quickly. */
export function isInterpreted(mode: ModeId): boolean {
  return mode !== 'other';
}
