import { describe, expect, it } from '@jest/globals';
import { isForbiddenAddress, webhookUrlProblem } from '../src/delivery/target-address.js';
import { SecretBox, newSigningSecret } from '../src/secret-box.js';
import { loadWebhookConfig } from '../src/webhook-config.js';

describe('webhook target addresses (SSRF guard)', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::192.168.0.1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34'])(
    'allows the public address %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );

  it('checks URLs: https only, no credentials, length-capped, no private IP literal', () => {
    expect(webhookUrlProblem('https://portal.example/hook', false)).toBeNull();
    expect(webhookUrlProblem('http://portal.example/hook', false)).toBe('not https');
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeNull();
    expect(webhookUrlProblem('https://user:pw@portal.example/hook', false)).toBe('credentials');
    expect(webhookUrlProblem(`https://portal.example/${'a'.repeat(2100)}`, false)).toBe('too long');
    expect(webhookUrlProblem('https://[::1]/hook', false)).toBe('private address');
    expect(webhookUrlProblem('https://10.0.0.5/hook', false)).toBe('private address');
    expect(webhookUrlProblem('ftp://portal.example/x', true)).toBe('not https');
    expect(webhookUrlProblem('not a url', false)).toBe('not a URL');
  });
});

describe('webhook secrets at rest', () => {
  it('seals with AES-256-GCM and opens only under the same key', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const box = new SecretBox('k'.repeat(32)).seal(secret);
    expect(box).not.toContain(secret.slice(6));
    expect(new SecretBox('k'.repeat(32)).open(box)).toBe(secret);
    expect(new SecretBox('x'.repeat(32)).open(box)).toBeNull();
    // One changed byte of the ciphertext (its first character: a last one may carry only padding
    // bits, and changing those changes nothing) fails authentication.
    const [version, nonce, tag, sealed] = box.split('.') as [string, string, string, string];
    const tampered = [version, nonce, tag, (sealed.startsWith('A') ? 'B' : 'A') + sealed.slice(1)].join('.');
    expect(new SecretBox('k'.repeat(32)).open(tampered)).toBeNull();
  });

  it('validates its settings at start, with a 10 s timeout and a 24 h retry window by default', () => {
    const config = loadWebhookConfig('j'.repeat(32), {});
    expect(config).toMatchObject({
      timeoutMs: 10_000,
      retryWindowSeconds: 86_400,
      allowPrivateTargets: false,
    });
    expect(config.secretKey).toBe('j'.repeat(32));
    expect(loadWebhookConfig('j'.repeat(32), { WEBHOOK_SECRET_KEY: 'w'.repeat(40) }).secretKey).toBe(
      'w'.repeat(40),
    );
    expect(() => loadWebhookConfig('j'.repeat(32), { WEBHOOK_SECRET_KEY: 'short' })).toThrow(
      /WEBHOOK_SECRET_KEY/,
    );
    expect(() => loadWebhookConfig('j'.repeat(32), { WEBHOOK_SECRET_KEY: 'short' })).not.toThrow(/short/);
    expect(() => loadWebhookConfig('j'.repeat(32), { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'maybe' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_TARGETS/,
    );
  });
});
