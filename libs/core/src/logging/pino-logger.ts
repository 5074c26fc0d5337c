import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger as Pino, type LoggerOptions } from 'pino';
import { isColorSupported, prettyFactory } from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';

/** What the terminal log stream writes to: a TTY's stdout, or a test's collector. */
export interface TextOutput {
  write(text: string): unknown;
}

/**
 * Human-readable log lines for a person watching a terminal, formatted in this thread. (pino's
 * `transport` would run pino-pretty in a worker thread: a second V8 isolate holding 15–20 MiB for
 * the process's life, more than an embedded start can spare.) A TTY's stdout is written
 * synchronously, so a line is on screen before a failing start exits.
 */
export function terminalLogStream(
  output: TextOutput = process.stdout,
  // NO_COLOR, FORCE_COLOR and TERM=dumb are honoured, as pino-pretty does.
  colorize = isColorSupported,
): DestinationStream {
  const pretty = prettyFactory({ colorize, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
  return { write: (line: string) => void output.write(pretty(line)) };
}

/**
 * Structured JSON logs on stdout; human-readable lines when a person watches a terminal.
 * `destination` (JSON lines) is for tests that read the logs.
 */
export function createPino(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Pino {
  const options: LoggerOptions = {
    level: config.logLevel,
    base: { service: 'practice-exchange' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
      censor: '[redacted]',
    },
  };
  if (destination) return pino(options, destination);
  return process.stdout.isTTY === true ? pino(options, terminalLogStream()) : pino(options);
}

/** Routes Nest's own logging (bootstrap, modules, our Logger instances) into pino. */
export class PinoLoggerService implements LoggerService {
  /** `pino` is public: request logs (http/request-telemetry.ts) write their JSON lines to it directly. */
  constructor(readonly pino: Pino) {}

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string): void {
    this.pino.fatal({ context }, String(message));
  }
}
