import type { ActionItem } from '../entities/action-item.entity.js';
import { ActionItemStatus } from '../entities/enums.js';
import type { ActionItemType } from './action-item.types.js';

const today = () => new Date().toISOString().slice(0, 10);

export function toActionItemType(a: ActionItem): ActionItemType {
  return {
    id: a.id,
    description: a.description,
    dueDate: a.dueDate,
    status: a.status,
    overdue: a.status === ActionItemStatus.OPEN && a.dueDate !== null && a.dueDate < today(),
    version: a.version,
    updatedAt: a.updatedAt,
    meetingId: a.meetingId,
    studyVisitId: a.studyVisitId,
    ownerOrganizationId: a.ownerOrganizationId,
    ownerPersonId: a.ownerPersonId,
  };
}
