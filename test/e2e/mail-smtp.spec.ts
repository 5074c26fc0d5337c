import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import { PinoLoggerService, createPino, loadConfig } from '#core';
import { LogMailer, MAILER, SmtpMailer } from '#identity';
import { LogSink } from '../support/log-sink.js';
import { refId } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP server (the smtp-server package) that keeps what it receives. */
class SmtpSink {
  readonly messages: Received[] = [];
  private readonly server: SMTPServer;
  private waiters: (() => void)[] = [];

  constructor(options: { user: string; pass: string; refuseRecipients?: boolean }) {
    this.server = new SMTPServer({
      // Plain SMTP on loopback: a self-signed STARTTLS certificate would only test our trust settings.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === options.user && auth.password === options.pass)
          callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onRcptTo: (address, _session, callback) => {
        if (options.refuseRecipients) {
          const error = new Error(`<${address.address}>: Recipient address rejected`) as Error & {
            responseCode: number;
          };
          error.responseCode = 550;
          callback(error);
        } else callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        });
      },
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  async next(count: number, timeoutMs = 10_000): Promise<Received> {
    const until = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > until) throw new Error('no message arrived at the SMTP sink');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.messages[count - 1]!;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The header and text body of a simple (single-part, text/plain) message as nodemailer writes it. */
function parse(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  let body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') body = unquote(body.replace(/=\r\n/g, ''));
  else if (encoding === 'base64') {
    body = Buffer.from(body, 'base64').toString('utf8');
  }
  return { headers, text: body.replace(/\r\n/g, '\n').trim() };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as in a subject with non-ASCII names. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : unquote(text.replace(/_/g, ' ')),
    );
}

/** Quoted-printable `=XX` escapes to the UTF-8 text they encode. */
function unquote(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

const invite = (api: TestApp, email: string, organizationId: string) =>
  api.gql<{ inviteMember: { id: string } }>(
    `mutation($e: String!, $o: ID!) { inviteMember(input: { email: $e, organizationId: $o, role: VIEWER }) { id } }`,
    { variables: { e: email, o: organizationId }, admin: true },
  );

describe('mail through SMTP (SMTP_URL)', () => {
  const sink = new SmtpSink({ user: 'px-mailer', pass: 'sink-secret-5521' });
  const logs = new LogSink();
  let api: TestApp;

  beforeAll(async () => {
    const port = await sink.listen();
    const env = {
      SMTP_URL: `smtp://px-mailer:sink-secret-5521@127.0.0.1:${port}`,
      MAIL_FROM: 'Practice Exchange <invitations@practices.example.org>',
      PUBLIC_URL: 'https://practices.example.org',
    };
    api = await startTestApp(
      env,
      new PinoLoggerService(createPino(loadConfig({ ...env, LOG_LEVEL: 'info' }), logs)),
    );
  });
  afterAll(async () => {
    await api?.close();
    await sink.close();
  });

  it('delivers an invitation to the invitee, with a link that lets them join', async () => {
    expect(api.app.get(MAILER)).toBeInstanceOf(SmtpMailer);
    const velenje = await refId(api, 'organization', 'org:velenje-municipality');
    const organization = (
      await api.gql<{ organization: { name: string } }>(
        `query($id: ID!) { organization(id: $id) { name } }`,
        { variables: { id: velenje } },
      )
    ).data!.organization.name;

    const res = await invite(api, 'smtp.invitee@velenje.test', velenje);
    expect(res.errors).toBeUndefined();
    const message = await sink.next(1);
    expect(message.to).toEqual(['smtp.invitee@velenje.test']);
    expect(message.from).toBe('invitations@practices.example.org');
    const { headers, text } = parse(message.raw);
    expect(headers.get('to')).toBe('smtp.invitee@velenje.test');
    expect(headers.get('from')).toBe('Practice Exchange <invitations@practices.example.org>');
    expect(headers.get('subject')).toBe(`Invitation to Practice Exchange (${organization})`);
    const link = /https:\/\/practices\.example\.org\/accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(text);
    expect(link).not.toBeNull();
    // The log transport is not used beside SMTP, and no line carries the link's token.
    expect(api.app.get(LogMailer).lastTo('smtp.invitee@velenje.test')).toBeUndefined();
    expect(logs.raw.join('\n')).not.toContain(link![1]);

    const accepted = await api.gql<{ acceptInvitation: { accessToken: string } }>(
      `mutation($t: String!) { acceptInvitation(input: { token: $t, displayName: "Invitee", password: "a long enough password" }) { accessToken } }`,
      { variables: { t: link![1] } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.accessToken).toBeTruthy();
  });
});

describe('mail when the SMTP server fails', () => {
  it('answers the invitation as usual and logs the refusal, without the address', async () => {
    const sink = new SmtpSink({ user: 'px-mailer', pass: 'right', refuseRecipients: true });
    const port = await sink.listen();
    const logs = new LogSink();
    const env = { SMTP_URL: `smtp://px-mailer:right@127.0.0.1:${port}` };
    const api = await startTestApp(env, new PinoLoggerService(createPino(loadConfig(env), logs)));
    try {
      const velenje = await refId(api, 'organization', 'org:velenje-municipality');
      const res = await invite(api, 'refused.invitee@velenje.test', velenje);
      expect(res.errors).toBeUndefined();
      expect(res.data?.inviteMember.id).toBeTruthy();
      await (api.app.get(MAILER) as SmtpMailer).idle();
      const failure = await logs.waitFor((l) => l.context === 'Mail' && l.level === 50, 'about the failure');
      expect(failure.msg).toContain('could not send "Invitation to Practice Exchange');
      expect(failure.msg).toContain('EENVELOPE');
      expect(failure.msg).toContain('…@velenje.test');
      expect(logs.raw.join('\n')).not.toContain('refused.invitee@');
      expect(logs.raw.join('\n')).not.toContain('right@127.0.0.1');
      expect(sink.messages).toHaveLength(0);
    } finally {
      await api.close();
      await sink.close();
    }
  });

  it('does not keep the request waiting on a server that never answers', async () => {
    // Accepts connections and says nothing: a firewall dropping packets, a stuck relay.
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const logs = new LogSink();
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}` };
    const api = await startTestApp(env, new PinoLoggerService(createPino(loadConfig(env), logs)));
    try {
      const velenje = await refId(api, 'organization', 'org:velenje-municipality');
      const started = performance.now();
      const res = await invite(api, 'silent.invitee@velenje.test', velenje);
      const elapsed = performance.now() - started;
      expect(res.errors).toBeUndefined();
      expect(elapsed).toBeLessThan(2000);
      // The server hangs up: the message fails and is logged, and shutdown does not wait for it.
      while (sockets.size === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const socket of sockets) socket.destroy();
      await (api.app.get(MAILER) as SmtpMailer).idle();
      await logs.waitFor((l) => l.context === 'Mail' && l.level === 50, 'about the failure');
    } finally {
      await api.close();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
