import { describe, expect, it } from 'vitest';
import { mermaidLabel, processMermaid, processTextAlternative } from '../../src/lib/process';
import { curvePoints } from '../../src/lib/journey';
import { stepsThatReachAnEnd } from '../../src/lib/check';

const lanes = [{ id: 'innbygger', title: 'Innbygger', kind: 'rolle' as const }, { id: 'saksbehandler', title: 'Saks"behandler', kind: 'rolle' as const }];
const variant = {
  variant: 'fremtidig' as const,
  steps: [
    { id: 'start', kind: 'start' as const, label: 'Søknad <script>alert(1)</script>', lane: 'innbygger', components: [], next: [{ to: 'vurdere' }], journeySteps: [], requirements: [] },
    { id: 'vurdere', kind: 'decision' as const, label: 'Komplett [ja/nei]? end', lane: 'saksbehandler', components: [], next: [{ to: 'slutt', label: 'Ja' }, { to: 'start', label: 'Nei' }], journeySteps: [], requirements: [] },
    { id: 'slutt', kind: 'end' as const, label: 'Vedtak "sendt"', lane: 'saksbehandler', system: 'KS SvarUt', components: [], next: [], journeySteps: [], requirements: [] },
  ],
};

describe('process diagrams', () => {
  it('draws one swimlane per role with the right node shapes', () => {
    const text = processMermaid(lanes, variant);
    expect(text).toMatch(/subgraph lane_innbygger/);
    expect(text).toMatch(/s_vurdere\{"/);
    expect(text).toMatch(/s_slutt\(\(\("Vedtak #quot;sendt#quot; \(KS SvarUt\)"\)\)\)/);
    expect(text).toContain('s_vurdere -->|"Ja"| s_slutt');
  });
  it('escapes quotes, brackets and markup in labels', () => {
    const text = processMermaid(lanes, variant);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('[ja/nei]');
    expect(mermaidLabel('a "b" <c> [d]')).toBe('a #quot;b#quot; #lt;c#gt; #91;d#93;');
  });
  it('gives a text alternative with numbered steps and decision branches', () => {
    const text = processTextAlternative(lanes, variant);
    expect(text.map((g) => g.lane.id)).toEqual(['innbygger', 'saksbehandler']);
    const decision = text[1]!.steps[0]!;
    expect(decision.number).toBe(2);
    expect(decision.next).toEqual([{ number: 3, label: 'Vedtak "sendt"', branch: 'Ja' }, { number: 1, label: variant.steps[0]!.label, branch: 'Nei' }]);
  });
  it('finds steps caught in a loop with no way out', () => {
    const reach = stepsThatReachAnEnd([
      { id: 'a', kind: 'start', next: [{ to: 'b' }] },
      { id: 'b', kind: 'task', next: [{ to: 'a' }] },
      { id: 'c', kind: 'end', next: [] },
    ]);
    expect([...reach]).toEqual(['c']);
  });
});

describe('journey diagrams', () => {
  it('draws better scores higher up', () => {
    const [low, high] = curvePoints([1, 5]);
    expect(high!.y).toBeLessThan(low!.y);
  });
});
