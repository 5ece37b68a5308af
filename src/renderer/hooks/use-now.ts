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
