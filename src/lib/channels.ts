/** The inquiry channels the benefit tools count (kept apart from schema.ts so the calculator island stays small). */
export const CHANNELS = ['digital', 'telefon', 'oppmote', 'skriftlig'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  digital: 'Digital',
  telefon: 'Telefon',
  oppmote: 'Oppmøte',
  skriftlig: 'Skriftlig (brev, e-post)',
};
