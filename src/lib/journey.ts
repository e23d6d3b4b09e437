/** Pure helpers that turn a journey's typed data into a journey map: columns and the experience curve. */
import type { Journey } from './schema';

export type JourneyVariant = Journey['variants'][number];
export type JourneyStep = JourneyVariant['phases'][number]['steps'][number];

export interface CurvePoint { x: number; y: number; score: number }

export const CURVE = { stepWidth: 140, height: 130, padding: 26 } as const;

/** One point per step, scores 1–5 mapped from bottom to top of the drawing. */
export function curvePoints(scores: number[]): CurvePoint[] {
  const usable = CURVE.height - 2 * CURVE.padding;
  return scores.map((score, i) => ({
    x: i * CURVE.stepWidth + CURVE.stepWidth / 2,
    y: CURVE.padding + ((5 - score) / 4) * usable,
    score,
  }));
}

export function curvePath(points: CurvePoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y.toFixed(1)}`).join(' ');
}

export const SCORE_WORDS: Record<number, string> = {
  1: 'svært dårlig',
  2: 'dårlig',
  3: 'middels',
  4: 'god',
  5: 'svært god',
};
