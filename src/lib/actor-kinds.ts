import type { ActorKind } from '../schemas/actor';

/** Headings for the actors index, and the singular for an actor's own page. */
export const KIND_HEADINGS: Record<ActorKind, string> = { person: 'People', group: 'Groups', state: 'States', place: 'Places' };
export const KIND_NAMES: Record<ActorKind, string> = { person: 'Person', group: 'Group', state: 'State', place: 'Place' };
