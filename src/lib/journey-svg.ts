/**
 * The journey diagram as SVG: phases as bands over their steps, each step's action written in
 * full (wrapped, never cut), and the experience of each step as a point on a 1–5 scale below.
 * Presentation attributes only, so it works inline under the CSP and as a downloaded file.
 */
import { wrapText } from './lane-layout';
import { SCORE_WORDS, type JourneyVariant } from './journey';
import { escapeXml } from './xml';

export const JOURNEY_GRID = {
  axis: 130,
  column: 160,
  gap: 12,
  fontSize: 14,
  lineHeight: 17,
  padding: 10,
  scoreStep: 34,
} as const;

const G = JOURNEY_GRID;

const lines = (text: string[], x: number, y: number, attrs = '') =>
  `<text x="${x}" y="${y}"${attrs}>${text.map((t, i) => `<tspan x="${x}"${i === 0 ? '' : ` dy="${G.lineHeight}"`}>${escapeXml(t)}</tspan>`).join('')}</text>`;

export interface JourneySvgOptions { idPrefix: string; title: string }

export function journeySvg(variant: JourneyVariant, options: JourneySvgOptions): string {
  const steps = variant.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
  const pitch = G.column + G.gap;
  const width = G.axis + steps.length * pitch + G.padding;
  const phaseLines = variant.phases.map((p) => wrapText(p.title, p.steps.length * pitch - G.gap - 16));
  const phaseHeight = Math.max(...phaseLines.map((l) => l.length)) * G.lineHeight + 16;
  const actionLines = steps.map(({ step }, i) => wrapText(`${i + 1}. ${step.action}`, G.column - 16));
  const cardTop = phaseHeight + G.gap;
  const cardHeight = Math.max(...actionLines.map((l) => l.length)) * G.lineHeight + 16;
  const scoreTop = cardTop + cardHeight + 28;
  const scoreY = (score: number) => scoreTop + (5 - score) * G.scoreStep;
  const height = scoreY(1) + 24;
  const colX = (i: number) => G.axis + i * pitch;
  const titleId = `${options.idPrefix}-svgtittel`;

  const parts: string[] = [];
  let index = 0;
  variant.phases.forEach((phase, p) => {
    const x = colX(index);
    const w = phase.steps.length * pitch - G.gap;
    parts.push(`<rect x="${x}" y="0" width="${w}" height="${phaseHeight}" rx="6" fill="#e3ecf6" stroke="#8a98a8"/>`);
    parts.push(lines(phaseLines[p]!, x + 8, 8 + G.fontSize, ' font-weight="bold"'));
    index += phase.steps.length;
  });
  steps.forEach((_, i) => {
    const x = colX(i);
    parts.push(`<rect x="${x}" y="${cardTop}" width="${G.column}" height="${cardHeight}" rx="6" fill="#ffffff" stroke="#005db1"/>`);
    parts.push(lines(actionLines[i]!, x + 8, cardTop + 8 + G.fontSize));
  });
  for (let score = 1; score <= 5; score++) {
    const y = scoreY(score);
    parts.push(`<line x1="${G.axis - 8}" x2="${width - G.padding}" y1="${y}" y2="${y}" stroke="#c4ccd6" stroke-dasharray="2 4"/>`);
    parts.push(`<text x="${G.axis - 14}" y="${y + 5}" text-anchor="end" font-size="12">${escapeXml(`${score} ${SCORE_WORDS[score]}`)}</text>`);
  }
  const points = steps.map(({ step }, i) => ({ x: colX(i) + G.column / 2, y: scoreY(step.score), score: step.score }));
  parts.push(`<path d="${points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${pt.x} ${pt.y}`).join('')}" fill="none" stroke="#005db1" stroke-width="3"/>`);
  const dot = (score: number) => (score <= 2 ? '#c22020' : score >= 4 ? '#1f7a3a' : '#ffffff');
  for (const pt of points) parts.push(`<circle cx="${pt.x}" cy="${pt.y}" r="8" fill="${dot(pt.score)}" stroke="#1e2b3c" stroke-width="1.5"/>`);
  parts.push(`<text x="${G.padding}" y="${scoreTop - 12}" font-size="12" font-weight="bold">Opplevelse</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="journey-diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}" font-family="Arial, Helvetica, sans-serif" font-size="${G.fontSize}" fill="#1e2b3c">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    parts.join('') +
    `</svg>`
  );
}
