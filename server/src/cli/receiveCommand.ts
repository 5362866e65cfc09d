// `callhome receive [--http PORT] [--smtp PORT] [--dir DIR]`: the local gateway on loopback that checks, stores
// and answers Call Home messages (SPEC §5). Runs until interrupted, or until --count messages arrived.
import fs from 'node:fs';
import { startReceiver, type ReceivedMessage } from '../agent/receiver';
import { parseCommandArgs } from './args';
import { CliError } from './errors';
import { parseIntOption } from './inputs';
import type { CliIO } from './io';

export const RECEIVE_USAGE = `Usage: callhome receive [--http PORT] [--smtp PORT] [--dir DIR] [--host ADDRESS]
                        [--https PORT --tls-cert FILE --tls-key FILE] [--count N] [--timeout SECONDS] [--json]
  Local Call Home gateway: accepts messages over HTTP(S) POST and SMTP, checks them (well-formed AML,
  required fields), stores each one in DIR (refused ones in DIR/rejected) and answers like a gateway.
  Defaults: --http 8089 --smtp 2525 --dir ./callhome-inbox --host 127.0.0.1 (loopback only). Port 0 = any free port.`;

export async function runReceive(argv: string[], io: CliIO): Promise<number> {
  const { values: v } = parseCommandArgs(
    argv,
    {
      http: { type: 'string' },
      https: { type: 'string' },
      smtp: { type: 'string' },
      dir: { type: 'string' },
      host: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      count: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
    },
    RECEIVE_USAGE,
    false,
  );
  if (v.help === true) {
    io.out(`${RECEIVE_USAGE}\n`);
    return 0;
  }
  const httpPort = parseIntOption('http', v.http, 0, 65535) ?? 8089;
  const smtpPort = parseIntOption('smtp', v.smtp, 0, 65535) ?? 2525;
  const httpsPort = parseIntOption('https', v.https, 0, 65535);
  const count = parseIntOption('count', v.count, 1, 1_000_000);
  const timeout = parseIntOption('timeout', v.timeout, 1, 86_400);
  let tls: { key: string; cert: string } | undefined;
  if (httpsPort !== undefined) {
    if (v['tls-cert'] === undefined || v['tls-key'] === undefined) throw new CliError('--https needs --tls-cert FILE and --tls-key FILE');
    try {
      tls = { cert: fs.readFileSync(v['tls-cert'], 'utf8'), key: fs.readFileSync(v['tls-key'], 'utf8') };
    } catch (e) {
      throw new CliError(`cannot read the TLS files: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const dir = v.dir ?? 'callhome-inbox';
  let receiver;
  try {
    receiver = await startReceiver({ host: v.host ?? '127.0.0.1', httpPort, smtpPort, dir, ...(httpsPort !== undefined ? { httpsPort } : {}), ...(tls !== undefined ? { tls } : {}) });
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'EADDRINUSE' ? `a port is already in use (${e instanceof Error ? e.message : ''}); choose others with --http / --smtp, or 0 for any free port` : `cannot start the receiver: ${e instanceof Error ? e.message : String(e)}`);
  }
  const listening = { httpUrl: receiver.httpUrl, httpsUrl: receiver.httpsUrl, smtp: `127.0.0.1:${receiver.smtpPort}`, dir };
  if (v.json === true) io.out(`${JSON.stringify({ event: 'listening', ...listening })}\n`);
  else io.out(`callhome receiver listening: HTTP ${receiver.httpUrl}${receiver.httpsUrl !== undefined ? `, HTTPS ${receiver.httpsUrl}` : ''}, SMTP ${listening.smtp}; storing in ${dir}\n`);

  let received = 0;
  return await new Promise<number>((resolve) => {
    let finished = false;
    const finish = (code: number): void => {
      if (finished) return;
      finished = true;
      void receiver.close().then(() => resolve(code));
    };
    receiver.on('message', (m: ReceivedMessage) => {
      received++;
      if (v.json === true) io.out(`${JSON.stringify({ event: 'message', ...m.meta, accepted: m.accepted, file: m.file })}\n`);
      else io.out(`${m.meta.time} ${m.meta.transport} ${m.accepted ? 'accepted' : `REJECTED ${m.meta.code} ${m.meta.reason ?? ''}`} ${m.meta.format} ${m.meta.messageId ?? ''} ${m.meta.bytes} bytes → ${m.file}\n`);
      // Let the answer to this message reach the sender before the servers close.
      if (count !== undefined && received >= count) setTimeout(() => finish(0), 300);
    });
    process.once('SIGINT', () => finish(0));
    process.once('SIGTERM', () => finish(0));
    if (timeout !== undefined) setTimeout(() => finish(count === undefined ? 0 : 1), timeout * 1000).unref();
  });
}
