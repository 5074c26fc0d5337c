/** Every way the tree under `root` departs from the module shape (see check-structure.mjs). */
export function structureProblems(root: string, modules?: string[]): string[];
export const MODULE_LIBS: string[];
