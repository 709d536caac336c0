/** Roles whose widgets use the arrow keys or Space themselves. */
const KEY_ROLES = new Set([
  'slider',
  'spinbutton',
  'radio',
  'radiogroup',
  'tab',
  'tablist',
  'listbox',
  'option',
  'menu',
  'menuitem',
  'grid',
  'textbox',
  'switch',
  'checkbox',
  'button',
  'link',
]);

/** Whether the user is typing text, where every printable key belongs to the field. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  return target.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * Whether the focused element has its own use for arrows or Space (a slider, a radio group, a
 * draggable point, a button that Space presses), so the shell must leave those keys to it.
 */
export function ownsNavigationKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (isTextEntry(target)) return true;
  if (target instanceof HTMLInputElement || target instanceof HTMLButtonElement) return true;
  if (target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY') return true;
  const role = target.getAttribute('role');
  return role !== null && KEY_ROLES.has(role);
}
