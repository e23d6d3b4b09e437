import { describe, expect, it } from 'vitest';
import { journeySvg } from '../../src/lib/journey-svg';
import { cleanMermaidSvg } from '../../src/lib/mermaid-svg';
import { formatVnuProblems, vnuProblems } from '../../src/lib/vnu-report';
import { processStepLinks } from '../../src/lib/variant-links';
import { withDownloads } from '../../src/lib/diagram-files';
import type { JourneyVariant } from '../../src/lib/journey';

const jstep = (id: string, action: string, score: number) => ({ id, action, touchpoint: 't', channel: 'c', components: [], score, painPoints: [], opportunities: [], principles: [] });
const journey: JourneyVariant = {
  variant: 'dagens',
  phases: [
    { id: 'a', title: 'Starte byggesøknad', steps: [jstep('lete', 'Leter etter informasjon om hva som kreves for å søke om å bygge', 2), jstep('se', 'Ser på eiendommen', 3)] },
    { id: 'b', title: 'Sende <søknad>', steps: [jstep('sende', 'Sender søknaden', 5)] },
  ],
};

describe('journey SVG', () => {
  it('writes every action in full, wrapped over lines instead of cut', () => {
    const svg = journeySvg(journey, { idPrefix: 'j', title: 'Reise' });
    const words = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('1. Leter etter');
    expect(words).toContain('om å bygge');
    expect(words).toContain('Sende &lt;søknad&gt;');
    expect(svg).not.toMatch(/…|\.\.\.|\sstyle=/);
  });
  it('draws higher scores higher up', () => {
    const svg = journeySvg(journey, { idPrefix: 'j', title: 'Reise' });
    const ys = [...svg.matchAll(/<circle [^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    expect(ys[2]!).toBeLessThan(ys[1]!);
    expect(ys[1]!).toBeLessThan(ys[0]!);
  });
});

describe('Mermaid SVG clean-up for the HTML validator', () => {
  it('removes overflow from shapes but keeps it where the schema allows it', () => {
    const svg = '<svg overflow="visible"><g><circle r="2" overflow="visible"/><rect overflow="hidden" x="1"></rect><marker overflow="visible"/></g></svg>';
    expect(cleanMermaidSvg(svg)).toBe('<svg overflow="visible"><g><circle r="2"/><rect x="1"></rect><marker overflow="visible"/></g></svg>');
  });
  it('removes width and height from circles but not stroke-width', () => {
    expect(cleanMermaidSvg('<circle r="5" width="10" height="10" stroke-width="2"/>')).toBe('<circle r="5" stroke-width="2"/>');
  });
  it('removes viewBox from paths and empty font-weight', () => {
    expect(cleanMermaidSvg('<path d="M0 0" viewBox="0 0 1 1"/><tspan font-weight="">x</tspan><tspan font-weight="bold">y</tspan>')).toBe('<path d="M0 0"/><tspan>x</tspan><tspan font-weight="bold">y</tspan>');
  });
  it('removes the name attribute Mermaid writes on sequence diagram shapes', () => {
    expect(cleanMermaidSvg('<g><line x1="1" name="Alice"/><rect name="Bob" class="actor"></rect></g>')).toBe('<g><line x1="1"/><rect class="actor"></rect></g>');
  });
});

describe('vnu report', () => {
  it('lists errors as file:line:column: message, relative to dist, sorted', () => {
    const json = JSON.stringify({
      messages: [
        { type: 'error', url: 'file:/x/dist/b/index.html', lastLine: 3, firstColumn: 5, message: 'Stray start tag “script”.', extract: '</html><script>' },
        { type: 'info', url: 'file:/x/dist/a/index.html', lastLine: 1, message: 'only info' },
        { type: 'error', url: 'file:/x/dist/a/index.html', lastLine: 9, firstColumn: 2, message: 'Attribute “overflow” not allowed on element “circle” at this point.' },
      ],
    });
    const problems = vnuProblems(json, '/x/dist');
    expect(formatVnuProblems(problems).split('\n')).toEqual([
      'a/index.html:9:2: Attribute “overflow” not allowed on element “circle” at this point.',
      'b/index.html:3:5: Stray start tag “script”.',
      '    </html><script>',
    ]);
  });
});

describe('journey and process links follow the variant', () => {
  const processes = [
    {
      id: 'p', title: 'Prosess',
      variants: [
        { variant: 'dagens' as const, steps: [{ id: 'papir', label: 'Papir', journeySteps: ['reise#sende'] }] },
        { variant: 'fremtidig' as const, steps: [{ id: 'digital', label: 'Digital', journeySteps: ['reise#sende', 'annen#sende'] }] },
      ],
    },
  ];
  it('links a future journey step only to future process steps, and today to today', () => {
    expect(processStepLinks(processes, 'reise', 'fremtidig').get('sende')!.map((l) => l.step)).toEqual(['digital']);
    expect(processStepLinks(processes, 'reise', 'dagens').get('sende')!.map((l) => l.step)).toEqual(['papir']);
    expect(processStepLinks(processes, 'annen', 'dagens').size).toBe(0);
  });
  it('gives each process variant its BPMN, SVG and Mermaid URL in the API', () => {
    const data = withDownloads('processes', 'p', { variants: [{ variant: 'dagens' }] }) as { variants: { downloads: Record<string, string> }[] };
    expect(data.variants[0]!.downloads).toEqual({ bpmn: '/prosesser/p/p-dagens.bpmn', svg: '/prosesser/p/p-dagens.svg', mmd: '/prosesser/p/p-dagens.mmd' });
  });
});
