// Kysely table types of the catalogue (主动公开). Owned by the publications work; merged into Database.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PublicationTables {}
