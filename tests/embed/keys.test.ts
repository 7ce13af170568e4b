import { describe, expect, test } from 'vitest';
import { keyStaysHome, type FocusedControl, type KeyPress } from '../../src/embed/keys';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, defaultPrevented: false, ctrlKey: false, metaKey: false, ...more });
const input = (type: string): FocusedControl => ({ tagName: 'INPUT', type });
const button: FocusedControl = { tagName: 'BUTTON' };
const stage: FocusedControl = { tagName: 'DIV', role: 'application' };

describe('keyStaysHome', () => {
  test('a key the playground handled (and cancelled) stays, wherever the focus is', () => {
    for (const control of [stage, button, undefined]) expect(keyStaysHome(press(' ', { defaultPrevented: true }), control)).toBe(true);
  });

  test('a key nothing used reaches the page: the deck keys on the stage, any key on the element itself', () => {
    expect(keyStaysHome(press('n'), stage)).toBe(false);
    expect(keyStaysHome(press('ArrowRight'), undefined)).toBe(false);
    expect(keyStaysHome(press(' '), undefined)).toBe(false);
  });

  test('letters, Space and arrows typed into a field stay in it', () => {
    for (const key of ['n', ' ', '.', 'ArrowLeft', 'Backspace', '?']) {
      expect(keyStaysHome(press(key), input('text'))).toBe(true);
      expect(keyStaysHome(press(key), { tagName: 'TEXTAREA' })).toBe(true);
      expect(keyStaysHome(press(key), { tagName: 'DIV', editable: true })).toBe(true);
    }
  });

  test('a slider keeps its arrows, Home, End and pages, not other keys', () => {
    for (const control of [input('range'), { tagName: 'DIV', role: 'slider' }]) {
      for (const key of ['ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown']) expect(keyStaysHome(press(key), control)).toBe(true);
      expect(keyStaysHome(press('n'), control)).toBe(false);
    }
  });

  test('a button, a tab, a checkbox keep the keys that press them', () => {
    expect(keyStaysHome(press(' '), button)).toBe(true);
    expect(keyStaysHome(press('Enter'), button)).toBe(true);
    expect(keyStaysHome(press('ArrowRight'), button)).toBe(false);
    expect(keyStaysHome(press('Enter'), { tagName: 'DIV', role: 'tab' })).toBe(true);
    expect(keyStaysHome(press(' '), input('checkbox'))).toBe(true);
    expect(keyStaysHome(press('Enter'), input('checkbox'))).toBe(false);
  });

  test('Tab, Escape and Ctrl or ⌘ combinations always leave, even from a field', () => {
    for (const key of ['Tab', 'Escape']) expect(keyStaysHome(press(key), input('text'))).toBe(false);
    expect(keyStaysHome(press('c', { ctrlKey: true }), input('text'))).toBe(false);
    expect(keyStaysHome(press('f', { metaKey: true }), { tagName: 'TEXTAREA' })).toBe(false);
  });

  test('Escape in an open dialog is the dialog’s: it closes the dialog and never reaches the page', () => {
    expect(keyStaysHome(press('Escape'), { ...button, inDialog: true })).toBe(true);
    expect(keyStaysHome(press('Escape'), { ...input('text'), inDialog: true })).toBe(true);
    expect(keyStaysHome(press('Tab'), { ...button, inDialog: true })).toBe(false);
    expect(keyStaysHome(press('Escape'), button)).toBe(false);
  });
});
