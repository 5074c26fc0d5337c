import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger as Pino, type LoggerOptions } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/**
 * Structured JSON logs on stdout; human-readable lines when a person watches a terminal.
 * `destination` (JSON lines) is for tests that read the logs.
 */
export function createPino(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Pino {
  const pretty = destination === undefined && process.stdout.isTTY === true;
  const options: LoggerOptions = {
    level: config.logLevel,
    base: { service: 'practice-exchange' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
      censor: '[redacted]',
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
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
