/** Postcodes and distances for "near me". Pure. */

export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of several points (a service with several locations), or null without points. */
export function nearestDistanceKm(origin: Point, points: readonly Point[]): number | null {
  let best: number | null = null;
  for (const point of points) {
    const d = distanceKm(origin, point);
    if (best === null || d < best) best = d;
  }
  return best;
}

/**
 * The four digits (PC4) of a Dutch postcode as a visitor types it: "3561", "3561AB", "3561 ab".
 * Null when it is not a postcode.
 */
export function parsePc4(input: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$/.exec(input);
  if (!match) return null;
  const letters = input.replace(/[\s\d]/g, '').toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return match[1]!;
}
