import { Injectable } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';

/** One component's check: a result keyed by the component's name. */
export type ComponentCheck = () => Promise<HealthIndicatorResult>;

/** A component's check, with the name /health reports it under should the check itself fail. */
export interface RegisteredHealthCheck {
  name: string;
  check: ComponentCheck;
}

/** Lets feature modules add their checks to /health without core knowing them. */
@Injectable()
export class HealthRegistry {
  private readonly checks: RegisteredHealthCheck[] = [];

  /**
   * `name` is the key the check reports under; /health uses it to name the component when the
   * check throws or does not answer in time, instead of failing the whole report.
   */
  register(name: string, check: ComponentCheck): void {
    this.checks.push({ name, check });
  }

  get all(): readonly RegisteredHealthCheck[] {
    return this.checks;
  }
}
