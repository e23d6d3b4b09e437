import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/lib/compare';
import type { ProcessStep } from '../../src/lib/process';

const step = (id: string, lane: string, extra: Partial<ProcessStep> = {}): ProcessStep => ({
  id, kind: 'task', label: id, lane, components: [], next: [], journeySteps: [], requirements: [], ...extra,
});
const lanes = [
  { id: 'innbygger', title: 'Innbygger', kind: 'rolle' as const },
  { id: 'saksbehandler', title: 'Saksbehandler', kind: 'rolle' as const },
  { id: 'arkiv', title: 'Arkiv', kind: 'rolle' as const },
  { id: 'fagsystem', title: 'Fagsystem', kind: 'system' as const },
];
const process = {
  lanes,
  variants: [
    {
      variant: 'dagens' as const,
      steps: [
        step('send', 'innbygger', { kind: 'start', label: 'Send på papir', system: 'papir' }),
        step('skann', 'arkiv', { system: 'skanner' }),
        step('registrer', 'arkiv'),
        step('behandle', 'saksbehandler', { system: 'sak/arkiv' }),
        step('svar', 'innbygger', { kind: 'end' }),
      ],
    },
    {
      variant: 'fremtidig' as const,
      steps: [
        step('send', 'innbygger', { kind: 'start', label: 'Send digitalt', system: 'skjema' }),
        step('registrer', 'fagsystem', { system: 'fagsystem', components: ['noark-5'] }),
        step('behandle', 'saksbehandler', { system: 'sak/arkiv' }),
        step('varsle', 'fagsystem', { system: 'SvarUt', components: ['svarut'] }),
        step('svar', 'innbygger', { kind: 'end' }),
      ],
    },
  ],
};

describe('compareVariants', () => {
  const result = compareVariants(process)!;
  const kinds = Object.fromEntries(result.changes.map((c) => [c.id, c.kind]));

  it('classifies each step as kept, changed, moved, added or removed', () => {
    expect(kinds).toEqual({ send: 'changed', registrer: 'moved', behandle: 'kept', varsle: 'added', svar: 'kept', skann: 'removed' });
  });
  it('marks work that moves to or appears in a system lane as automated', () => {
    expect(result.changes.filter((c) => c.automated).map((c) => c.id)).toEqual(['registrer', 'varsle']);
    expect(result.counts).toEqual({ kept: 2, changed: 1, moved: 1, removed: 1, added: 1, automated: 2 });
  });
  it('counts manual steps and the lanes affected', () => {
    expect(result.manualSteps).toEqual({ today: 3, future: 1 });
    expect(result.lanesAffected.map((l) => l.id)).toEqual(['innbygger', 'arkiv', 'fagsystem']);
  });
  it('lists systems and components that only the future uses', () => {
    expect(result.systemsIntroduced).toEqual(['skjema', 'fagsystem', 'SvarUt']);
    expect(result.componentsIntroduced).toEqual(['noark-5', 'svarut']);
  });
  it('is undefined without both variants', () => {
    expect(compareVariants({ lanes, variants: [process.variants[1]!] })).toBeUndefined();
  });
});
