/** A value moving towards a goal: where it is and how fast it moves (units per ms). */
export interface Damped {
  x: number;
  velocity: number;
}

/** Below this speed (per ms, relative to `normalization`) a damped value snaps to its goal. */
const MIN_VELOCITY = 0.0002;

/**
 * One step of a critically damped spring towards `goal` (model-viewer's three-components/Damper.ts as
 * a pure function): `decayMs` is the time constant, `normalization` the value's typical scale (the
 * snap threshold scales with it). Returns the goal itself, with zero velocity, once settled.
 */
export function damp(state: Damped, goal: number, dtMs: number, decayMs: number, normalization = 1): Damped {
  if (state.x === goal && state.velocity === 0) return { x: goal, velocity: 0 };
  if (dtMs <= 0 || normalization === 0) return state;
  const frequency = 1 / decayMs;
  const dx = state.x - goal;
  const velocity = state.velocity + frequency * dx;
  const x = dx + dtMs * velocity;
  const decay = Math.exp(-frequency * dtMs);
  const nextVelocity = (velocity - frequency * x) * decay;
  const acceleration = -frequency * (nextVelocity + velocity * decay);
  if (Math.abs(nextVelocity) < MIN_VELOCITY * Math.abs(normalization) && acceleration * dx >= 0) return { x: goal, velocity: 0 };
  return { x: goal + x * decay, velocity: nextVelocity };
}
