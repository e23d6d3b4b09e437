/** Where each variant's diagram downloads live; pages, endpoints and the JSON API share these. */
import type { Variant } from './schema';

export type ProcessFile = 'svg' | 'mmd' | 'bpmn';

export const processFileUrl = (id: string, variant: Variant, ext: ProcessFile) => `/prosesser/${id}/${id}-${variant}.${ext}`;
export const journeyFileUrl = (id: string, variant: Variant) => `/brukerreiser/${id}/${id}-${variant}.svg`;

/** The API's variants with their download URLs, by format. */
export function withDownloads(collection: string, id: string, data: Record<string, unknown>): Record<string, unknown> {
  const variants = data.variants as { variant: Variant }[] | undefined;
  if (!variants || (collection !== 'processes' && collection !== 'journeys')) return data;
  return {
    ...data,
    variants: variants.map((v) => ({
      ...v,
      downloads:
        collection === 'processes'
          ? { bpmn: processFileUrl(id, v.variant, 'bpmn'), svg: processFileUrl(id, v.variant, 'svg'), mmd: processFileUrl(id, v.variant, 'mmd') }
          : { svg: journeyFileUrl(id, v.variant) },
    })),
  };
}
