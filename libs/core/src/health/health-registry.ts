import { Injectable } from '@nestjs/common';
import type { HealthIndicatorFunction } from '@nestjs/terminus';

/** Lets feature modules add their checks to /health without core knowing them. */
@Injectable()
export class HealthRegistry {
  private readonly checks: HealthIndicatorFunction[] = [];

  register(check: HealthIndicatorFunction): void {
    this.checks.push(check);
  }

  get all(): readonly HealthIndicatorFunction[] {
    return this.checks;
  }
}
