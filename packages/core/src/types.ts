/**
 * A closed list of documented values that stays open to new ones: editors still suggest the known
 * values, and a value a vendor adds later type-checks (`string & {}` keeps the literals from collapsing).
 */
export type OpenEnum<Known extends string> = Known | (string & {});
