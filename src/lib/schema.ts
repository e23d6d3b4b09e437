/**
 * The content model: one zod schema per content type.
 *
 * Pure module (no Astro runtime imports beyond zod) so that `npm run check`, the JSON Schema
 * generator and the Astro content collections all validate against exactly the same rules.
 * Messages are written for content editors, in Norwegian.
 */
import { z } from 'astro/zod';
import { CHANNELS } from './channels';

export const SECTORS = ['helse-og-velferd', 'skole-og-oppvekst', 'plan-bygg-og-geodata', 'tverrgaende'] as const;
export const PHASES = ['kartlegge', 'anskaffe', 'gjennomfore', 'realisere'] as const;
export const STATUSES = ['utkast', 'gjeldende', 'utgatt'] as const;
export const VARIANTS = ['dagens', 'fremtidig'] as const;
export const ROLES = ['prosjektleder', 'innkjoper', 'bidragsyter', 'leder', 'saksbehandler'] as const;
export const STANDARD_KINDS = ['standard', 'felleskomponent', 'register', 'infrastruktur'] as const;
export const PRINCIPLE_KINDS = ['difi', 'strategisk'] as const;
export const REQUIREMENT_TYPES = ['minimum', 'evaluering', 'info'] as const;
export const STEP_KINDS = ['start', 'task', 'decision', 'end'] as const;
export const LANE_KINDS = ['rolle', 'system'] as const;

export type Sector = (typeof SECTORS)[number];
export type Phase = (typeof PHASES)[number];
export type Variant = (typeof VARIANTS)[number];

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      `«${String(issue.input)}» er ikke en gyldig ${what}. Gyldige verdier: ${values.join(', ')}`,
  });

/** Lower-case words joined by hyphens: the form every id and slug has. */
export const slugId = z
  .string({ error: 'må være en tekst' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'må bestå av små bokstaver a–z, tall og bindestrek (for eksempel «digitalt-forstevalg»)',
  });

const text = (min = 1) =>
  z
    .string({ error: 'må være en tekst' })
    .trim()
    .min(min, { message: min > 1 ? `må ha minst ${min} tegn` : 'kan ikke være tom' });

const nonEmptyList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `må være en liste med ${what}` }).min(1, { message: `må ha minst én ${what}` });

/** A calendar date written YYYY-MM-DD. YAML parsers may already have turned it into a Date. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'må være en dato på formen ÅÅÅÅ-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'må være en dato på formen ÅÅÅÅ-MM-DD' })
    .refine(isRealCalendarDate, { message: 'er ikke en dato som finnes i kalenderen' }),
);

export function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * A web or mail address. zod's url() accepts any scheme, so the scheme is pinned with a pattern
 * (which the JSON Schemas carry too): javascript:, data: and the like are refused (DESIGN.md §8).
 */
const webUrl = () =>
  z
    .url({ message: 'må være en fullstendig nettadresse (https://…)' })
    .regex(/^([hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:)/, {
      message: 'må være en nettadresse som starter med https:// (eller http:// eller mailto:); andre adressetyper som javascript: og data: er ikke tillatt',
    });

export const semver = z
  .string({ error: 'må være et versjonsnummer' })
  .regex(/^\d+\.\d+\.\d+$/, { message: 'må være et versjonsnummer på formen 1.2.0' });

export const sourceSchema = z.strictObject({
  title: text(),
  publisher: text(),
  year: z.number({ error: 'må være et årstall' }).int().min(1900).max(2100),
  section: text().optional(),
  url: webUrl().optional(),
});

const linkSchema = z.strictObject({
  title: text(),
  url: webUrl(),
});

/** Fields every item has, whatever its type. */
export const baseFields = {
  id: slugId,
  title: text(3),
  summary: text(10).max(240, { message: 'er for lang: skriv én setning på høyst 240 tegn' }),
  sectors: nonEmptyList(enumOf(SECTORS, 'sektor'), 'sektor'),
  phases: nonEmptyList(enumOf(PHASES, 'fase'), 'fase'),
  status: enumOf(STATUSES, 'status'),
  updated: isoDate,
  sources: nonEmptyList(sourceSchema, 'kilde'),
  searchTerms: z.array(text()).optional(),
  /** True when the item is an illustration built on the sources, not a description of a real case. */
  illustrative: z.boolean().default(false),
  /** When someone last checked the item against its owner's current information (DESIGN.md §9). */
  lastVerified: isoDate.optional(),
  /** What replaced the item: another item's id, or a name with a public source. Only for `utgatt`. */
  supersededBy: z
    .strictObject({
      id: slugId.optional(),
      name: text().optional(),
      url: webUrl().optional(),
    })
    .refine((s) => s.id !== undefined || (s.name !== undefined && s.url !== undefined), {
      message: 'skriv enten id-en til det som erstattet elementet, eller både navn (name) og en offentlig kilde (url)',
    })
    .optional(),
};

const idList = z.array(slugId).default([]);

export const principleSchema = z.strictObject({
  ...baseFields,
  kind: enumOf(PRINCIPLE_KINDS, 'type prinsipp'),
  number: z.number({ error: 'må være et tall' }).int().min(1),
  statement: text(10),
  rationale: text(10),
  implications: nonEmptyList(text(), 'konsekvens'),
  minimumRecommendations: nonEmptyList(text(), 'minimumsanbefaling'),
  furtherRecommendations: z.array(text()).default([]),
  checklist: nonEmptyList(text(), 'kontrollspørsmål'),
  obligation: enumOf(['krav', 'anbefaling'] as const, 'forpliktelse'),
  relatedPrinciples: idList,
  standards: idList,
});

export const standardSchema = z.strictObject({
  ...baseFields,
  kind: enumOf(STANDARD_KINDS, 'type'),
  owner: text(),
  purpose: text(10),
  appliesTo: nonEmptyList(text(), 'bruksområde'),
  statusInSources: text(),
  /** The current version of the standard where one exists (e.g. «2.1» for WCAG). */
  version: text().optional(),
  /** The owner's (forvalterens) public web address, where today's situation can be checked. */
  ownerUrl: webUrl().optional(),
  links: z.array(linkSchema).default([]),
  principles: idList,
  relatedStandards: idList,
});

const journeyStepSchema = z.strictObject({
  id: slugId,
  action: text(),
  touchpoint: text(),
  channel: text(),
  components: idList,
  score: z
    .number({ error: 'må være et tall fra 1 til 5' })
    .int({ message: 'må være et helt tall fra 1 til 5' })
    .min(1, { message: 'må være minst 1 (svært dårlig opplevelse)' })
    .max(5, { message: 'kan være høyst 5 (svært god opplevelse)' }),
  painPoints: z.array(text()).default([]),
  opportunities: z.array(text()).default([]),
  principles: idList,
});

const journeyPhaseSchema = z.strictObject({
  id: slugId,
  title: text(),
  steps: nonEmptyList(journeyStepSchema, 'steg'),
});

export const journeySchema = z.strictObject({
  ...baseFields,
  actor: text(),
  channels: nonEmptyList(text(), 'kanal'),
  variants: nonEmptyList(
    z.strictObject({
      variant: enumOf(VARIANTS, 'variant'),
      description: text().optional(),
      phases: nonEmptyList(journeyPhaseSchema, 'fase'),
    }),
    'variant',
  ),
  processes: idList,
  specs: idList,
  standards: idList,
  principles: idList,
});

/** A reference to one step of one journey, written `journey-id#step-id`. */
const journeyStepRef = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, { message: 'må skrives «reise-id#steg-id»' });

const processStepSchema = z.strictObject({
  id: slugId,
  kind: enumOf(STEP_KINDS, 'stegtype'),
  label: text(),
  lane: slugId,
  system: text().optional(),
  components: idList,
  next: z
    .array(z.strictObject({ to: slugId, label: text().optional() }))
    .default([]),
  journeySteps: z.array(journeyStepRef).default([]),
  requirements: z.array(z.string()).default([]),
});

export const processSchema = z.strictObject({
  ...baseFields,
  lanes: nonEmptyList(
    z.strictObject({
      id: slugId,
      title: text(),
      /** `system` when the lane is a system that does the work (its steps are automated). */
      kind: enumOf(LANE_KINDS, 'type svømmebane').default('rolle'),
    }),
    'rolle (svømmebane)',
  ),
  variants: nonEmptyList(
    z.strictObject({
      variant: enumOf(VARIANTS, 'variant'),
      description: text().optional(),
      steps: nonEmptyList(processStepSchema, 'steg'),
    }),
    'variant',
  ),
  journeys: idList,
  specs: idList,
  standards: idList,
  principles: idList,
});

export const specSchema = z.strictObject({
  ...baseFields,
  version: semver,
  systemType: text(),
  scope: text(10),
  ssaAppendix: text().default('Bilag 1 Kundens kravspesifikasjon'),
  categories: nonEmptyList(z.strictObject({ id: slugId, title: text(), description: text().optional() }), 'kategori'),
  changelog: nonEmptyList(
    z.strictObject({
      version: semver,
      date: isoDate,
      summary: text(),
      added: z.array(z.string()).default([]),
      changed: z.array(z.string()).default([]),
      removed: z.array(z.string()).default([]),
    }),
    'endringslogg-oppføring',
  ),
  journeys: idList,
  processes: idList,
  principles: idList,
  standards: idList,
});

export const REQUIREMENT_ID = /^[A-Z]{2,4}-[A-Z]{1,3}-\d{3}$/;

export const requirementSchema = z
  .strictObject({
    id: z.string().regex(REQUIREMENT_ID, { message: 'må ha formen «SA-F-012» (prefiks, gruppe, tre sifre)' }),
    text: text(10),
    type: enumOf(REQUIREMENT_TYPES, 'kravtype'),
    category: slugId,
    motive: text(10),
    verification: text(5),
    guidance: text(5),
    weight: z.number({ error: 'må være et tall fra 1 til 10' }).int().min(1).max(10).optional(),
    principles: idList,
    standards: idList,
    /** Requirements in other templates that say the same (ids); shown on both and warned about in the basket. */
    equivalentTo: z.array(z.string().regex(REQUIREMENT_ID, { message: 'må være en krav-id på formen «SA-F-012»' })).default([]),
    /**
     * Fields the buyer fills in before the tender is published (e.g. today's system, volumes, formats
     * for a migration requirement). Shown as marked fields in the downloads.
     */
    buyerFields: z.array(z.strictObject({ label: text(), hint: text().optional() })).default([]),
    addedIn: semver.optional(),
    removedIn: semver.optional(),
  })
  .refine((r) => r.type !== 'evaluering' || r.weight !== undefined, {
    message: 'et evalueringskrav (bør-krav) må ha en vekt (weight) fra 1 til 10',
    path: ['weight'],
  });

export const requirementFileSchema = z.strictObject({
  requirements: nonEmptyList(requirementSchema, 'krav'),
});

export const guideSchema = z.strictObject({
  ...baseFields,
  roles: nonEmptyList(enumOf(ROLES, 'rolle'), 'rolle'),
  order: z.number().int().default(100),
  principles: idList,
  standards: idList,
  specs: idList,
  journeys: idList,
  processes: idList,
});

export type Principle = z.infer<typeof principleSchema>;
export type Standard = z.infer<typeof standardSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type Process = z.infer<typeof processSchema>;
export type Spec = z.infer<typeof specSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Guide = z.infer<typeof guideSchema>;

/** One strategy area of KS' eKommune 2012, with its goals (mål) and KS' actions (tiltak). */
export const strategyAreaSchema = z.strictObject({
  number: z.number().int().min(1),
  id: slugId,
  title: text(),
  summary: text(10),
  goals: nonEmptyList(text(), 'mål'),
  actions: z.array(text()).default([]),
  principles: idList,
  standards: idList,
  specs: idList,
  guides: idList,
  section: text(),
});

export const strategySchema = z.strictObject({
  ...baseFields,
  areas: nonEmptyList(strategyAreaSchema, 'strategiområde'),
});

export type Strategy = z.infer<typeof strategySchema>;

// ---------------------------------------------------------------- tools (content/tools/gevinstgrunnlag.yaml)

export { CHANNELS, type Channel } from './channels';

export const TOOL_DEFAULT_IDS = ['arsverkskostnad', 'timer-per-arsverk', 'saker-per-ar', 'minutter-per-manuelt-steg'] as const;
export type ToolDefaultId = (typeof TOOL_DEFAULT_IDS)[number];

/** A default value of the benefit tools: with its source, or marked as an illustration. */
const toolValueSchema = z
  .strictObject({
    id: enumOf(TOOL_DEFAULT_IDS, 'standardverdi'),
    label: text(),
    value: z.number({ error: 'må være et tall' }).nonnegative({ message: 'kan ikke være negativt' }),
    unit: text(),
    source: sourceSchema.optional(),
    /** The sources give no figure: the value is only an example that makes the sum readable. */
    illustrative: z.boolean().default(false),
    caveat: text(10),
  })
  .refine((v) => v.illustrative || v.source !== undefined, {
    message: 'en standardverdi må ha en kilde (source), eller være merket som eksempelverdi (illustrative: true)',
    path: ['source'],
  });

export const benefitBaseSchema = z.strictObject({
  updated: isoDate,
  unitCosts: z
    .array(z.strictObject({ channel: enumOf(CHANNELS, 'kanal'), label: text(), value: z.number({ error: 'må være et tall' }).nonnegative({ message: 'kan ikke være negativt' }), unit: text(), source: sourceSchema, caveat: text(10) }))
    .refine((list) => CHANNELS.every((c) => list.filter((u) => u.channel === c).length === 1), {
      message: `må ha nøyaktig én kostnad for hver kanal: ${CHANNELS.join(', ')}`,
    }),
  defaults: z
    .array(toolValueSchema)
    .refine((list) => TOOL_DEFAULT_IDS.every((id) => list.filter((d) => d.id === id).length === 1), {
      message: `må ha hver av standardverdiene ${TOOL_DEFAULT_IDS.join(', ')} nøyaktig én gang`,
    }),
  benefitTypes: nonEmptyList(
    z.strictObject({
      id: slugId,
      title: text(),
      description: text(10),
      kpi: enumOf(['kostnad', 'kvalitet', 'tjenesteomfang'] as const, 'KPI-overskrift'),
      effects: nonEmptyList(z.strictObject({ id: slugId, title: text(), triggers: nonEmptyList(text(), 'utløsende faktor') }), 'effekt'),
      source: sourceSchema,
    }),
    'gevinsttype',
  ),
  kpiHeadings: nonEmptyList(z.strictObject({ id: slugId, title: text(), indicators: nonEmptyList(text(), 'indikator') }), 'KPI-overskrift'),
  kpiSource: sourceSchema,
  kpiCaveat: text(10),
  successFactors: nonEmptyList(z.strictObject({ id: slugId, risk: text(10), measure: text(10), source: sourceSchema }), 'suksessfaktor'),
});

export type BenefitBase = z.infer<typeof benefitBaseSchema>;
