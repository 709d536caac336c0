import type { Bilingual } from '../../src/index.ts';

/** The classroom features' own text: sharing, presenting, exporting, printing, offline. */
export const SHELL = {
  toolbar: { en: 'Share and present', zh: '分享与演示' },
  copyLink: { en: 'Copy link', zh: '复制链接' },
  linkCopied: { en: 'Link copied', zh: '链接已复制' },
  linkField: { en: 'Link to this view', zh: '当前视图的链接' },
  linkManual: {
    en: 'The browser did not let us copy: select the link and copy it yourself.',
    zh: '浏览器不允许自动复制，请选中链接后手动复制。',
  },
  present: { en: 'Present', zh: '演示模式' },
  exitPresentation: { en: 'Exit presentation', zh: '退出演示' },
  previous: { en: 'Previous:', zh: '上一个：' },
  next: { en: 'Next:', zh: '下一个：' },
  presentationBar: { en: 'Presentation', zh: '演示' },
  exportSvg: { en: 'Figure as SVG', zh: '导出图（SVG）' },
  exportPng: { en: 'Figure as PNG', zh: '导出图（PNG）' },
  printHandout: { en: 'Print handout', zh: '打印讲义' },
  shortcuts: { en: 'Keyboard shortcuts', zh: '键盘快捷键' },
  close: { en: 'Close', zh: '关闭' },
  noFigure: {
    en: 'This page has no figure to export yet.',
    zh: '这一页还没有可以导出的图。',
  },
  saved: (file: string): Bilingual => ({ en: `Saved ${file}`, zh: `已保存 ${file}` }),
  exportFailed: (why: string): Bilingual => ({
    en: `The figure could not be exported: ${why}`,
    zh: `图没有导出成功：${why}`,
  }),
  familyPosition: (family: string, index: number, count: number): Bilingual => ({
    en: `${family}: ${index} of ${count}`,
    zh: `${family}：第 ${index} 个，共 ${count} 个`,
  }),
  offlineReady: { en: 'Available offline', zh: '已可离线使用' },
  offlineNow: { en: 'Offline: using the saved copy', zh: '离线中：正在使用已保存的副本' },
  offlineUncached: {
    en: 'Offline: panels not opened yet may not load',
    zh: '离线中：还没打开过的面板可能无法加载',
  },
  updateReady: {
    en: 'A new version is downloaded and opens next time',
    zh: '新版本已下载，下次打开时生效',
  },
  menu: { en: 'Choose a loss', zh: '选择损失函数' },
  handoutLink: { en: 'Open this example:', zh: '打开这个例子：' },
  handoutFigure: { en: 'Figure', zh: '图' },
  keys: {
    present: { en: 'Start or leave presentation mode', zh: '进入或退出演示模式' },
    neighbours: {
      en: 'Previous / next loss of the same family (presentation mode; a clicker’s Page Up / Page Down too)',
      zh: '同一类中的上一个 / 下一个损失函数（演示模式；翻页笔的 Page Up / Page Down 也可以）',
    },
    play: {
      en: 'Play / pause the animation of panels that have one, such as CTC (presentation mode)',
      zh: '播放 / 暂停有动画的面板（如 CTC）中的动画（演示模式）',
    },
    escape: {
      en: 'Leave presentation mode, or close this list',
      zh: '退出演示模式，或关闭这份列表',
    },
    help: { en: 'Show this list', zh: '显示这份快捷键列表' },
    drag: {
      en: 'Move the focused point or bar of a figure; hold Shift for bigger steps',
      zh: '移动图中获得焦点的点或柱；按住 Shift 一次移动更多',
    },
  },
} as const satisfies Record<string, unknown>;
