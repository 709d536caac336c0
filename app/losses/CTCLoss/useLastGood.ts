import { useState } from 'react';

/**
 * The value, or while it is null (the core refused the current input) the last non-null one,
 * so the panel keeps showing the last good state beside the message instead of going blank.
 */
export function useLastGood<T>(value: T | null): T | null {
  const [good, setGood] = useState(value);
  // Updating state while rendering is React's pattern for "remember the previous value".
  if (value !== null && value !== good) setGood(value);
  return value ?? good;
}
