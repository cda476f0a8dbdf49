/**
 * What free text may hold. Names are shown, searched and compared by people: a name of invisible
 * characters looks empty and matches nothing, a NUL cuts it short in other tools, and a bidi override
 * (U+202E) makes the text around it display in another order than it is stored ("Trojan Source"), so
 * that a name or quote can read as something it does not say.
 */

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Control characters; text of several lines (a quote, a note) may keep its line breaks and tabs. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Line breaks and tabs: layout, not content, in one-line fields. */
const LAYOUT = /[\t\n\r\u2028\u2029]/u;
const CONTROL_BUT_LAYOUT = /(?![\t\n\r])\p{Cc}/u;
/** Half of a UTF-16 pair: no character at all (JSON and YAML escapes can write one). */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * What shows nothing: spaces, format and default-ignorable characters (U+200B, U+3164 HANGUL FILLER,
 * variation selectors), controls, combining marks with nothing to combine with, and U+2800 BRAILLE BLANK.
 */
const INVISIBLE = /[\p{White_Space}\p{Z}\p{Cf}\p{Cc}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/gu;

export interface TextRules {
  /** Whether line breaks and tabs are allowed: in quotes, notes and descriptions, not in names. */
  multiline: boolean;
}

/** Why `value` cannot be stored as free text, or undefined when it can. */
export function textProblem(value: string, { multiline }: TextRules): string | undefined {
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) {
    return `contains ${nameOf(bidi[0])}, a bidi control that shows the text around it in another order than it is stored: remove it`;
  }
  const control = (multiline ? CONTROL_BUT_LAYOUT : CONTROL).exec(value);
  if (control) {
    return LAYOUT.test(control[0])
      ? `contains ${nameOf(control[0])}: this field is one line`
      : `contains ${nameOf(control[0])}, a control character: remove it`;
  }
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `contains ${nameOf(surrogate[0])}, half of a character: the text is damaged`;
  if (value.replace(INVISIBLE, '') === '') {
    return 'has no visible characters: only spaces and characters that show nothing, such as U+200B';
  }
  return undefined;
}
