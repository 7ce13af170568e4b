/**
 * The bounds on a typed formula, apart from the reader itself: the URL and the settings check a
 * formula's length before the reader (loaded on demand, `./index`) is there.
 */

/** The longest formula accepted. */
export const MAX_FORMULA_LENGTH = 500;
/** The deepest nesting of parentheses, signs, powers and calls accepted. */
export const MAX_FORMULA_DEPTH = 40;
