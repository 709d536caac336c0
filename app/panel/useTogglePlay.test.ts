import { describe, expect, it } from 'vitest';
import { requestTogglePlay, TOGGLE_PLAY_EVENT } from './useTogglePlay.ts';

describe('toggle-play requests', () => {
  it('report whether a panel answered', () => {
    const target = new EventTarget();
    expect(requestTogglePlay(target)).toBe(false);
    let toggles = 0;
    target.addEventListener(TOGGLE_PLAY_EVENT, (e) => {
      e.preventDefault();
      toggles++;
    });
    expect(requestTogglePlay(target)).toBe(true);
    expect(toggles).toBe(1);
  });
});
