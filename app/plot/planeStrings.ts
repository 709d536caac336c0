import type { Bilingual } from '../../src/index.ts';

/** Words the interactive plot pieces speak, in both languages. */
export const PLANE_STRINGS = {
  draggablePoint: { en: 'draggable point', zh: '可拖动的点' },
  dragHint: {
    en: 'Drag with the mouse or a finger, or focus it and use the arrow keys (Shift for bigger steps).',
    zh: '可用鼠标或手指拖动；也可以先选中它，再用方向键移动（按住 Shift 步子更大）。',
  },
} satisfies Record<string, Bilingual>;
