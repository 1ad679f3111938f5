/** A source of uniform numbers in [0, 1); the domain never reads Math.random itself. */
export type RandomSource = () => number;

/**
 * Mulberry32, a 32-bit seeded generator (Tommy Ettinger, public domain; see
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). Fast and good enough
 * for simulations; not for anything secret.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
