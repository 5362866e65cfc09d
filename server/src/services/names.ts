// Go to definition, find references and rename for profile and trustpoint names. Profile names are compared
// without case, as the device does (000:L541); trustpoint names exactly. CiscoTAC-1 is predefined and cannot be
// renamed (`rename profile CiscoTAC-1 …` is an error on the device).
import { CISCO_TAC, type Analysis, type NameReference, type Span, type TextEdit } from '../language';
import { contains } from './text';

/** The profile or trustpoint name at `offset`. */
export function nameAt(analysis: Analysis, offset: number): NameReference | undefined {
  return analysis.model.references.find((r) => r.name !== '' && contains(r.word.span, offset));
}

function same(a: NameReference, b: NameReference): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'profile' ? a.name.toLowerCase() === b.name.toLowerCase() : a.name === b.name;
}

/** Every occurrence of the name at `offset` (definitions included unless told otherwise). */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration = true): NameReference[] {
  const ref = nameAt(analysis, offset);
  if (ref === undefined) return [];
  return analysis.model.references.filter((r) => same(r, ref) && (includeDeclaration || !r.definition));
}

/** Where the name at `offset` is defined (`profile X`, `crypto pki trustpoint X`). Empty for an undefined name. */
export function definitionAt(analysis: Analysis, offset: number): NameReference[] {
  return referencesAt(analysis, offset).filter((r) => r.definition);
}

export type RenameCheck = { span: Span; placeholder: string } | { error: string };

export function prepareRename(analysis: Analysis, offset: number): RenameCheck | undefined {
  const ref = nameAt(analysis, offset);
  if (ref === undefined) return undefined;
  if (ref.kind === 'profile' && ref.name.toLowerCase() === CISCO_TAC.toLowerCase()) {
    return { error: `${CISCO_TAC} is the predefined Cisco TAC profile and cannot be renamed.` };
  }
  const span = ref.word.quote === 'straight' ? { start: ref.word.span.start + 1, end: ref.word.span.end - 1 } : ref.word.span;
  return { span, placeholder: ref.word.value };
}

export function renameEdits(analysis: Analysis, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const check = prepareRename(analysis, offset);
  if (check === undefined) return { error: 'There is no profile or trustpoint name here.' };
  if ('error' in check) return check;
  const ref = nameAt(analysis, offset)!;
  const name = newName.trim();
  if (name.length === 0 || /["\u201c\u201d\n\r]/.test(name)) return { error: 'A name cannot be empty or contain quotes.' };
  if (ref.kind === 'profile') {
    if (name.length > 31) return { error: `A profile name has at most 31 characters; \`${name}\` has ${name.length} (Configuring Call Home 000:L541).` };
    if (name.toLowerCase() === 'all') return { error: 'A profile cannot be named `all` (Configuring Call Home 000:L541).' };
    if (name.toLowerCase() === CISCO_TAC.toLowerCase()) return { error: `${CISCO_TAC} is the predefined profile.` };
    const clash = analysis.model.references.find((r) => r.kind === 'profile' && r.name.toLowerCase() === name.toLowerCase() && !same(r, ref));
    if (clash !== undefined) return { error: `A profile \`${clash.name}\` already exists (names are not case-sensitive).` };
  } else {
    if (name.length > 128) return { error: `A trustpoint name has at most 128 characters; \`${name}\` has ${name.length}.` };
    if (/\s/.test(name)) return { error: 'A trustpoint name cannot contain blanks.' };
    if (analysis.model.references.some((r) => r.kind === 'trustpoint' && r.name === name && !same(r, ref))) return { error: `A trustpoint \`${name}\` already exists.` };
  }
  const edits = referencesAt(analysis, offset).map((r): TextEdit => {
    const quoted = r.word.quote === 'straight' || /\s/.test(name);
    return { span: r.word.span, newText: quoted ? `"${name}"` : name };
  });
  return { edits };
}
