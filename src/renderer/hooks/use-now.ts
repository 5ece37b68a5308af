// A clock that ticks once a second, for countdowns. One timer per component that asks.
import { useEffect, useState } from 'react';

/** The current time in ms, updated every second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/** Time left as m:ss (or h:mm:ss), 'expired' when it has run out. */
export function countdown(msLeft: number): string {
  if (msLeft <= 0) return 'expired';
  const total = Math.floor(msLeft / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
