import { Global, Module } from '@nestjs/common';
import { NodeReading } from './node-reading.js';
import { NodeRegistry } from './node-registry.js';
import { NodeResolver } from './node.resolver.js';

/** `node` and `nodes`: the registry modules add their record types to, and the queries. */
@Global()
@Module({ providers: [NodeRegistry, NodeReading, NodeResolver], exports: [NodeRegistry] })
export class NodeModule {}
