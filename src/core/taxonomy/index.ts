export * from './applicants.ts';
export * from './outcomes.ts';
export * from './applications-table.ts';
export * from './review-table.ts';
export * from './proactive-table.ts';
export * from './sections.ts';
