// The timing of descriptions is pure and belongs to the core (the caption check applies it too);
// this module keeps the player's imports short.
export * from '@/captions/description-timing';
