// A kept clock drift is anchored to the wall and boot clocks of its measurement: while both run
// alike it holds; after a step of the wall clock (NTP after a resume, a VM), a reboot, or from an
// older version that kept it unanchored, it is stale and the more cautious reading wins.
import { describe, expect, it } from 'vitest';
import { driftNow, driftRecordKey, driftKey } from '../../src/main/sessions/clock-drift';

const MIN = 60_000;
const at = (driftMs: number, wallAt: number, bootAt: number) => ({
  [driftRecordKey('p')]: { driftMs, wallAt, bootAt },
});

describe('driftNow', () => {
  it('keeps the drift while the wall clock ran as the boot clock did', () => {
    const settings = at(-10 * MIN, 1_000_000, 5_000);
    expect(driftNow(settings, 'p', 1_000_000 + 60 * MIN, 5_000 + 60 * MIN)).toEqual({
      driftMs: -10 * MIN,
      stale: false,
    });
  });

  it('after the wall clock was set right (10 minutes back), uses the boot clock: no drift', () => {
    // Measured while this clock was 10 minutes fast; then NTP stepped it back.
    const settings = at(-10 * MIN, 1_000_000, 5_000);
    const now = driftNow(settings, 'p', 1_000_000 + 5 * MIN - 10 * MIN, 5_000 + 5 * MIN);
    expect(now).toEqual({ driftMs: 0, stale: true });
  });

  it('after the wall clock went 10 minutes fast, keeps the kept drift (the more cautious)', () => {
    const settings = at(0, 1_000_000, 5_000);
    const now = driftNow(settings, 'p', 1_000_000 + 10 * MIN + 1_000, 5_000 + 1_000);
    expect(now).toEqual({ driftMs: 0, stale: true });
  });

  it('after the wall clock went 10 minutes slow, moves Cognito time forward by the step', () => {
    const settings = at(0, 1_000_000, 5_000);
    const now = driftNow(settings, 'p', 1_000_000 - 10 * MIN + 1_000, 5_000 + 1_000);
    expect(now).toEqual({ driftMs: 10 * MIN, stale: true });
  });

  it('after a reboot, or from an unanchored older drift, never counts Cognito behind', () => {
    expect(driftNow(at(-10 * MIN, 1_000_000, 5_000), 'p', 1_000_000, 10)).toEqual({
      driftMs: 0,
      stale: true,
    });
    expect(driftNow({ [driftKey('p')]: -10 * MIN }, 'p', 1, 1)).toEqual({
      driftMs: 0,
      stale: true,
    });
    expect(driftNow({ [driftKey('p')]: 10 * MIN }, 'p', 1, 1)).toEqual({
      driftMs: 10 * MIN,
      stale: true,
    });
    expect(driftNow({}, 'p', 1, 1)).toEqual({ driftMs: 0, stale: true });
  });
});
