/**
 * Synthetic content for the benchmark: valid items of every type at a chosen scale, with
 * references between them, so that diagrams, backlinks, downloads and search all get work.
 * Output goes to a temporary folder and is never committed. Deterministic for a given scale.
 *
 *   npx tsx scripts/bench/generate.ts <out-dir> <scale>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Items per unit of scale: roughly the size of the real toolkit. */
export const UNIT = { principles: 16, standards: 30, journeys: 8, processes: 8, specs: 7, guides: 9 } as const;

const WORDS = (
  'kommune innbygger tjeneste søknad saksbehandling arkiv vedtak digital løsning system data register ' +
  'standard prosess brukerreise krav leverandør anskaffelse gevinst prosjekt plan bygg skole helse omsorg ' +
  'felleskomponent integrasjon sikkerhet personvern tilgang informasjon kanal nettsted skjema melding ' +
  'postkasse ansatt leder rutine opplæring endring kvalitet kostnad tid samarbeid region nasjonal lokal'
).split(' ');

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function generate(outDir: string, scale: number): { items: number; requirements: number; diagrams: number } {
  const rnd = random(Math.round(scale * 1000) + 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const sentence = (n = int(8, 16)) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (n = int(3, 6)) => Array.from({ length: n }, () => sentence()).join(' ');
  const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  const count = (k: keyof typeof UNIT) => Math.max(1, Math.round(UNIT[k] * scale));
  const ids = {
    principles: many(count('principles'), (i) => `prinsipp-${i + 1}`),
    standards: many(count('standards'), (i) => `standard-${i + 1}`),
    journeys: many(count('journeys'), (i) => `reise-${i + 1}`),
    processes: many(count('processes'), (i) => `prosess-${i + 1}`),
    specs: many(count('specs'), (i) => `mal-${i + 1}`),
    guides: many(count('guides'), (i) => `veiledning-${i + 1}`),
  };
  const some = (list: string[], max: number) => [...new Set(many(int(0, max), () => pick(list)))];
  const list = (items: string[]) => `[${items.join(', ')}]`;
  const q = (t: string) => JSON.stringify(t);
  const base = (id: string, title: string) => `id: ${id}
title: ${q(title)}
summary: ${q(sentence(12))}
sectors: [${pick(['helse-og-velferd', 'skole-og-oppvekst', 'plan-bygg-og-geodata', 'tverrgaende'])}]
phases: [${pick(['kartlegge', 'anskaffe', 'gjennomfore', 'realisere'])}]
status: gjeldende
updated: 2024-01-15
searchTerms: [${pick(WORDS)}, ${pick(WORDS)}]
sources:
  - title: Syntetisk kilde for ytelsesmåling
    publisher: KommIT verktøykasse
    year: 2026`;
  const body = () => `\n${paragraph()}\n\n## ${sentence(4).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}\n`;

  rmSync(outDir, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), text);
  };
  let diagrams = 0;
  let requirements = 0;

  ids.principles.forEach((id, i) => write(`principles/${id}.mdx`, `---
${base(id, `Prinsipp ${i + 1}`)}
kind: ${i < 7 ? 'difi' : 'strategisk'}
number: ${i + 1}
obligation: anbefaling
statement: ${q(sentence())}
rationale: ${q(paragraph(2))}
implications: ${list(many(3, () => q(sentence())))}
minimumRecommendations: ${list(many(3, () => q(sentence())))}
furtherRecommendations: ${list(many(2, () => q(sentence())))}
checklist: ${list(many(4, () => q(`${sentence().slice(0, -1)}?`)))}
relatedPrinciples: ${list(some(ids.principles.filter((p) => p !== id), 2))}
standards: ${list(some(ids.standards, 3))}
---
${body()}`));

  ids.standards.forEach((id, i) => write(`standards/${id}.mdx`, `---
${base(id, `Standard ${i + 1}`)}
kind: ${pick(['standard', 'felleskomponent', 'register', 'infrastruktur'])}
owner: Forvalter ${i + 1}
purpose: ${q(sentence())}
appliesTo: [${q(pick(WORDS))}]
statusInSources: ${q(sentence(6))}
principles: ${list(some(ids.principles, 2))}
relatedStandards: ${list(some(ids.standards.filter((s) => s !== id), 2))}
---
${body()}`));

  ids.journeys.forEach((id, i) => {
    const variants = many(int(1, 2), (v) => {
      const phases = many(int(4, 6), (p) => {
        const steps = many(int(2, 4), (s) => `          - id: steg-${p + 1}-${s + 1}
            action: ${q(sentence(5))}
            touchpoint: ${q(pick(['Kommunens nettsted', 'Brev', 'Telefon', 'Servicetorg']))}
            channel: ${pick(['digital', 'papir', 'telefon', 'oppmøte'])}
            components: ${list(some(ids.standards, 2))}
            score: ${int(1, 5)}
            painPoints: ${list(many(int(0, 2), () => q(sentence(6))))}
            opportunities: ${list(many(int(0, 2), () => q(sentence(6))))}
            principles: ${list(some(ids.principles, 1))}`);
        return `      - id: fase-${p + 1}
        title: ${q(`Fase ${p + 1}`)}
        steps:
${steps.join('\n')}`;
      });
      diagrams++;
      return `  - variant: ${v === 0 ? 'dagens' : 'fremtidig'}
    phases:
${phases.join('\n')}`;
    });
    write(`journeys/${id}.mdx`, `---
${base(id, `Brukerreise ${i + 1}`)}
actor: Innbygger
channels: [digital, papir]
variants:
${variants.join('\n')}
processes: ${list(some(ids.processes, 2))}
specs: ${list(some(ids.specs, 2))}
standards: ${list(some(ids.standards, 2))}
principles: ${list(some(ids.principles, 2))}
---
${body()}`);
  });

  ids.processes.forEach((id, i) => {
    const lanes = many(int(3, 5), (l) => `lane-${l + 1}`);
    const variants = many(int(1, 2), (v) => {
      const n = int(10, 25);
      const steps = many(n, (s) => {
        const kind = s === 0 ? 'start' : s === n - 1 ? 'end' : s % 6 === 3 ? 'decision' : 'task';
        const next =
          kind === 'end' ? '[]' : kind === 'decision' ? `[{ to: s${s + 2}, label: Ja }, { to: s${s + 1}, label: Nei }]` : `[{ to: s${s + 2} }]`;
        return `      - { id: s${s + 1}, kind: ${kind}, label: ${q(sentence(4).slice(0, -1))}, lane: ${pick(lanes)}, system: ${q(pick(['fagsystem', 'sak/arkiv', 'KS SvarUt']))}, components: ${list(some(ids.standards, 1))}, next: ${next} }`;
      });
      diagrams++;
      return `  - variant: ${v === 0 ? 'dagens' : 'fremtidig'}
    steps:
${steps.join('\n')}`;
    });
    write(`processes/${id}.mdx`, `---
${base(id, `Arbeidsprosess ${i + 1}`)}
lanes:
${lanes.map((l, n) => `  - { id: ${l}, title: ${q(`Rolle ${n + 1}`)} }`).join('\n')}
variants:
${variants.join('\n')}
journeys: ${list(some(ids.journeys, 2))}
specs: ${list(some(ids.specs, 1))}
standards: ${list(some(ids.standards, 2))}
principles: ${list(some(ids.principles, 2))}
---
${body()}`);
  });

  ids.specs.forEach((id, i) => {
    const categories = many(int(3, 6), (c) => `k${c + 1}`);
    const reqs = many(int(20, 60), (r) => {
      requirements++;
      const type = pick(['minimum', 'evaluering', 'info']);
      return `  - id: B${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}-F-${String(r + 1).padStart(3, '0')}
    text: ${q(`Løsningen skal ${sentence(10).toLowerCase()}`)}
    type: ${type}
    category: ${pick(categories)}
    motive: ${q(sentence())}
    verification: ${q(sentence(5))}
    guidance: ${q(sentence(6))}${type === 'evaluering' ? `\n    weight: ${int(1, 10)}` : ''}
    principles: ${list(some(ids.principles, 2))}
    standards: ${list(some(ids.standards, 2))}`;
    });
    write(`specs/${id}/index.mdx`, `---
${base(id, `Kravspesifikasjonsmal ${i + 1}`)}
version: 1.0.0
systemType: ${q(sentence(3))}
scope: ${q(sentence())}
categories:
${categories.map((c, n) => `  - { id: ${c}, title: ${q(`Kategori ${n + 1}`)} }`).join('\n')}
changelog:
  - version: 1.0.0
    date: 2024-01-15
    summary: Første utgave.
journeys: ${list(some(ids.journeys, 2))}
processes: ${list(some(ids.processes, 2))}
principles: ${list(some(ids.principles, 2))}
standards: ${list(some(ids.standards, 2))}
---
${body()}`);
    write(`specs/${id}/requirements.yaml`, `requirements:\n${reqs.join('\n')}\n`);
  });

  ids.guides.forEach((id, i) => {
    diagrams++;
    write(`guides/${id}.mdx`, `---
${base(id, `Veiledning ${i + 1}`)}
roles: [prosjektleder]
order: ${i + 1}
principles: ${list(some(ids.principles, 2))}
standards: ${list(some(ids.standards, 2))}
specs: ${list(some(ids.specs, 1))}
journeys: ${list(some(ids.journeys, 1))}
processes: ${list(some(ids.processes, 1))}
---
${body()}
| Steg | Hva | Hvem |
|---|---|---|
${many(5, (r) => `| ${r + 1} | ${sentence(5)} | ${pick(['Kommunen', 'Leverandøren', 'Prosjektet'])} |`).join('\n')}

\`\`\`mermaid title="Diagram ${i + 1}"
flowchart LR
${many(int(4, 8), (n) => `  n${n}["${sentence(3).slice(0, -1)}"] --> n${n + 1}["${sentence(3).slice(0, -1)}"]`).join('\n')}
\`\`\`

${paragraph()}
`);
  });

  const items = Object.values(ids).reduce((n, l) => n + l.length, 0);
  return { items, requirements, diagrams };
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [out, scale] = process.argv.slice(2);
  if (!out) {
    console.error('Bruk: npx tsx scripts/bench/generate.ts <mappe> <skala>');
    process.exit(1);
  }
  console.log(generate(path.resolve(out), Number(scale ?? 1)));
}
