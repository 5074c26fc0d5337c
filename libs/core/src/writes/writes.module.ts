import { Global, Module } from '@nestjs/common';
import { RecordWrites } from './record-writes.js';
import { TranslatableRecords } from './translatable-records.js';

/** The write path every module's services use (RecordWrites, TranslatableRecords). */
@Global()
@Module({ providers: [RecordWrites, TranslatableRecords], exports: [RecordWrites, TranslatableRecords] })
export class WritesModule {}
