import { useState } from 'react';

/**
 * The latest non-null value, remembered across renders where the value is null: figures keep
 * showing the last input PyTorch accepted while an error is on screen, instead of going blank.
 */
export function useLastGood<T>(value: T | null): { value: T | null; stale: boolean } {
  const [last, setLast] = useState<T | null>(value);
  // Adjusting state while rendering is React's documented way to derive from changing props.
  if (value !== null && value !== last) setLast(value);
  return { value: value ?? last, stale: value === null && last !== null };
}
