// Device-like status lines and secret masking shared by the transports.
// Error strings follow the device (reference/003-smart-call-home-guide.md §3.2, L3999–4000 and L4039–4040):
//   %CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 0)
//   %CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 500)
// The guides print no SMTP failure string; SMTP_SEND_FAILED uses the same facility/severity layout.

/** One try of one destination (a whole pass over the mail-server list for e-mail). */
export interface TryOutcome {
  ok: boolean;
  /** Worth trying again (connection trouble, 5xx, 408/429, SMTP 4xx); false for deterministic failures. */
  retryable: boolean;
  status: string;
  server?: string;
  httpStatus?: number;
}

export const MASK = '***';

export function httpFailedLine(err: number, reason?: string): string {
  const base = `%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR ${err})`;
  return reason ? `${base} - ${oneLine(reason)}` : base;
}

export function httpOkLine(status: number, url: string): string {
  return `Call-Home HTTP request succeeded (HTTP ${status}) ${url}`;
}

export function smtpFailedLine(err: number, details: string[]): string {
  const tail = details.length > 0 ? `, ${details.map(oneLine).join('; ')}` : '';
  return `%CALL_HOME-3-SMTP_SEND_FAILED: Unable to send notification using all SMTP servers (ERR ${err}${tail})`;
}

export function smtpOkLine(to: string, server: string, response: string): string {
  return `Call-Home mail sent to ${to} using SMTP server ${server} (${oneLine(response)})`;
}

/** Collapse a multi-line server reply into one log line. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Replace every secret, and the base64 forms an SMTP AUTH exchange would carry, by ***.
 * Servers sometimes echo what they were sent, so every returned or logged line goes through this.
 */
export function maskSecrets(text: string, secrets: readonly Secret[]): string {
  let out = text;
  const needles: string[] = [];
  for (const s of secrets) {
    if (!s.password) continue;
    needles.push(s.password, b64(s.password));
    if (s.username !== undefined) {
      needles.push(b64(`\0${s.username}\0${s.password}`), b64(`${s.username}\0${s.username}\0${s.password}`));
    }
    needles.push(encodeURIComponent(s.password));
  }
  // Longest first, so a secret that contains another is masked whole.
  for (const n of [...new Set(needles)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(n).join(MASK);
  }
  return out;
}

export interface Secret {
  username?: string;
  password?: string;
}

function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** A URL as it may be shown: any user-info password replaced by ***. */
export function displayUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = MASK;
    return u.toString();
  } catch {
    // Not a URL: hide whatever sits between ':' and '@' in a user-info-looking prefix.
    return raw.replace(/\/\/([^/:@]*):[^/@]*@/, `//$1:${MASK}@`);
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return code && !e.message.includes(code) ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
