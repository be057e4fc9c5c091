/** Quote marks by role. Straight marks are both and are told apart by context. */
export const DOUBLE_OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
/** Closing double marks. */
export const DOUBLE_CLOSE = new Set(["\u201D", "\u00BB"]);
/** Opening single marks. */
export const SINGLE_OPEN = new Set(["\u2018", "'"]);
/** Closing single marks (also apostrophes: context decides). */
export const SINGLE_CLOSE = new Set(["\u2019", "'"]);
/** Every double quote mark, straight or curly. */
export const ANY_DOUBLE = new Set(['"', ...DOUBLE_OPEN, ...DOUBLE_CLOSE]);
