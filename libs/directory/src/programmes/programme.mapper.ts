import type { Programme } from '../entities/programme.entity.js';
import type { ProgrammeType } from './programme.types.js';

export function toProgrammeType(p: Programme): ProgrammeType {
  return {
    id: p.id,
    kind: p.kind,
    officialName: p.name,
    acronym: p.acronym,
    website: p.website,
    startDate: p.startDate,
    endDate: p.endDate,
    originalLanguage: p.originalLanguage,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
