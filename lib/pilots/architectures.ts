/**
 * The architectures a pilot may name: the calculator's (MODELLED_ARCHITECTURES; a test holds them
 * equal). A module of its own, so the upload form can check a choice without loading the row schemas.
 */
export const PILOT_ARCHITECTURES = ["single", "independent", "centralized", "decentralized", "hybrid"] as const;
export type PilotArchitecture = (typeof PILOT_ARCHITECTURES)[number];

/** Whether a name is a pilot architecture. */
export const isPilotArchitecture = (name: string): name is PilotArchitecture => (PILOT_ARCHITECTURES as readonly string[]).includes(name);
