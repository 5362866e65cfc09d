// The five Cisco guides every rule and limit comes from. Diagnostics and hovers cite them as
// "<short title> <seed>:L<line>" so an engineer can find the sentence the check is based on.

export type SeedId = '000' | '001' | '002' | '003' | '004';

export const SEED_TITLES: Record<SeedId, string> = {
  '000': 'Configuring Call Home',
  '001': 'Software Activation Configuration Guide',
  '002': 'Configuring Call Home (IOS XE)',
  '003': 'Smart Call Home User Guide',
  '004': 'Call Home Command Reference',
};

/** A citation such as "Configuring Call Home 000:L448". */
export function cite(seed: SeedId, line: number, endLine?: number): string {
  return `${SEED_TITLES[seed]} ${seed}:L${line}${endLine !== undefined ? `–L${endLine}` : ''}`;
}
