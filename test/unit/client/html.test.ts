// The preview's HTML shell (client/src/preview/html.ts): strict CSP with a fresh nonce, and config text that
// can never become markup, whatever it holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/language';
import { defaultDeviceFacts } from '../../../server/src/render';
import { contentSecurityPolicy, escapeHtml, makeNonce, previewHtml } from '../../../client/src/preview/html';
import { renderPreview } from '../../../client/src/preview/renderPreview';
import type { RenderMessage } from '../../../client/src/preview/messages';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.js';
const EVIL = '</pre><script>alert(1)</script>';
const ATTR = '"onerror=alert(2) x="';

function message(over: Partial<RenderMessage> = {}): RenderMessage {
  return { type: 'render', uri: 'file:///w/r-confg', body: 'b', format: 'xml', group: 'test', profile: 'P', profiles: ['CiscoTAC-1', 'P'], bytes: 1, warnings: [], messageId: 'M1:X:1', subject: 's', truncated: false, ...over };
}

/** Every `<script` start tag in the document. */
const scripts = (html: string): string[] => html.match(/<script\b[^>]*>/gi) ?? [];

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('call-home\n contact-email-addr noc@example.com'), 'call-home\n contact-email-addr noc@example.com');
  });
});

describe('nonce and CSP', () => {
  it('makes a fresh 32-character alphanumeric nonce per load', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = makeNonce();
      assert.match(n, /^[A-Za-z0-9]{32}$/);
      seen.add(n);
    }
    assert.equal(seen.size, 200);
  });

  it('allows only our nonce-tagged script and styles, nothing from the network', () => {
    assert.equal(contentSecurityPolicy(CSP_SOURCE, 'N0nce'), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-N0nce'; script-src 'nonce-N0nce'; img-src ${CSP_SOURCE}`);
  });

  it('puts the CSP meta first in <head>, and the nonce on the one script and the one style', () => {
    const nonce = makeNonce();
    const html = previewHtml({ cspSource: CSP_SOURCE, nonce, scriptUri: SCRIPT, title: 'router-confg', initial: message() });
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const meta = /^<head>\s*<meta charset="UTF-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head);
    assert.ok(meta, 'the CSP meta comes right after the charset, before any style or script');
    // Attribute text is entity-escaped like everything else; the browser reads it decoded.
    assert.equal(meta[1]!.replace(/&#39;/g, "'"), contentSecurityPolicy(CSP_SOURCE, nonce));
    assert.deepEqual(scripts(html), [`<script nonce="${nonce}" src="${SCRIPT}">`]);
    assert.equal((html.match(/<style\b[^>]*>/g) ?? []).join(), `<style nonce="${nonce}">`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  });
});

describe('config text in the shell is inert', () => {
  it('escapes a body, warnings, profile names and the title that try to break out', () => {
    const nonce = makeNonce();
    const html = previewHtml({
      cspSource: CSP_SOURCE,
      nonce,
      scriptUri: SCRIPT,
      title: `${EVIL}${ATTR}`,
      initial: message({ body: `<Body>${EVIL}</Body>`, warnings: [EVIL, ATTR], profiles: ['CiscoTAC-1', ATTR, EVIL], profile: ATTR, messageId: ATTR, error: undefined }),
    });
    assert.deepEqual(scripts(html), [`<script nonce="${nonce}" src="${SCRIPT}">`], 'only our own script tag');
    assert.ok(!html.includes('<script>alert'), 'no injected script element');
    assert.ok(!html.includes('</pre><script'), 'the <pre> is not closed early');
    assert.ok(!html.includes('"onerror='), 'no attribute break-out');
    assert.ok(html.includes('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('<option value="&quot;onerror=alert(2) x=&quot;" selected>&quot;onerror=alert(2) x=&quot;</option>'));
    assert.equal((html.match(/<pre id="body">/g) ?? []).length, 1);
    assert.equal((html.match(/<\/pre>/g) ?? []).length, 1);
  });

  it('a configuration that carries markup renders to an inert preview', () => {
    // Markup in a quoted value, in a banner (the configuration group attaches the config raw in CDATA / text)
    // and in a profile name (picker options and warnings).
    const config = `hostname R1\ncall-home\n contact-email-addr noc@example.com\n street-address "${EVIL}${ATTR}"\n profile P<i>&amp;\n  destination transport-method email\n  destination address email noc@example.com\n!\nbanner motd ^C${EVIL}${ATTR}^C\n`;
    const model = analyze(config).model;
    for (const group of ['test', 'configuration'] as const) {
      for (const format of ['xml', 'long-text', 'short-text'] as const) {
        const r = renderPreview({ uri: 'file:///w/x', text: config, model, selection: { group, format }, facts: defaultDeviceFacts(model), now: new Date('2026-01-01T00:00:00Z') });
        assert.equal(r.error, undefined, r.error);
        const nonce = makeNonce();
        const html = previewHtml({ cspSource: CSP_SOURCE, nonce, scriptUri: SCRIPT, title: 'x', initial: r });
        assert.deepEqual(scripts(html), [`<script nonce="${nonce}" src="${SCRIPT}">`], `${group}/${format}`);
        assert.ok(!html.includes('</pre><script'), `${group}/${format}`);
        assert.ok(!html.includes('"onerror='), `${group}/${format}`);
        assert.ok(!html.includes('<i>'), `${group}/${format}: the profile name stays text`);
        assert.ok(html.includes('<option value="P&lt;i&gt;&amp;amp;" selected>P&lt;i&gt;&amp;amp;</option>'), `${group}/${format}`);
        if (group === 'configuration' && format !== 'short-text') assert.ok(html.includes('banner motd ^C&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;onerror='), `${group}/${format}: the banner is shown, escaped`);
      }
    }
  });
});
