// @ts-check
/**
 * Which Designsystemet modifiers the site's markup can use, for trimming its CSS (postcss.config.mjs).
 * PurgeCSS keeps a selector when each of its words occurs somewhere in src/, so `.ds-alert[data-color=success]`
 * stays because some tag says «success», and `[data-color=info]` (with the 13 colour tokens it switches to)
 * because a requirement type is called «info». Here every element the templates and scripts can make is
 * read with its classes and its values for a few attributes, so a selector can be kept only when one
 * element can carry all that one of its parts asks for.
 *
 * Safe by construction: a value the reading cannot know (a variable, a spread, a script that sets the
 * attribute in a way not listed here) counts as any value, and a class it cannot know as any class.
 * Plain JavaScript (with types in comments), because postcss.config.mjs loads it without a compiler.
 */

/** The attributes read per element: Designsystemet's modifiers, and `type` for the kinds of input. */
export const ANALYZED_ATTRIBUTES = /** @type {const} */ (['data-color', 'data-size', 'data-variant', 'type']);

/** Any value, or any class: what the reading could not know. */
export const ANY = '*';

/**
 * @typedef {{ classes: Set<string> | typeof ANY, attributes: Map<string, Set<string> | typeof ANY> }} Element
 * One element the markup can make: its possible classes (only `ds-*` ones are kept) and, per analysed
 * attribute it may carry, its possible values.
 */

/** Index just past the string literal starting at `i` (quote at `i`). @param {string} text @param {number} i @returns {number} */
function skipString(text, i) {
  const quote = text[i];
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** Index just past the template literal starting at `i` (backtick at `i`), `${…}` parts included. @param {string} text @param {number} i @returns {number} */
function skipTemplate(text, i) {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return i + 1;
    else if (text[i] === '$' && text[i + 1] === '{') i = skipBraces(text, i + 1) - 1;
  }
  return text.length;
}

/** Index just past the `{…}` starting at `i`, with strings, template literals and comments inside. @param {string} text @param {number} i @returns {number} */
function skipBraces(text, i) {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (--depth === 0) return i + 1;
    } else if (c === '"' || c === "'") i = skipString(text, i) - 1;
    else if (c === '`') i = skipTemplate(text, i) - 1;
    else if (c === '/' && text[i + 1] === '*') i = Math.max(text.indexOf('*/', i + 2), i) + 1;
  }
  return text.length;
}

/**
 * Each index of `text` that is outside strings, template literals and brackets, with the bracket depth so far.
 * @param {string} text
 * @returns {Generator<{ i: number, depth: number }>}
 */
function* scan(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i) - 1;
    else if (c === '`') i = skipTemplate(text, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth < 0) yield { i, depth };
    } else if (depth === 0) yield { i, depth };
  }
}

/** Splits `text` at `separator` where it is outside brackets, braces, parentheses and strings. @param {string} text @param {string} separator */
export function splitTopLevel(text, separator) {
  /** @type {string[]} */
  const parts = [];
  let start = 0;
  for (const { i, depth } of scan(text)) {
    if (depth < 0 || i < start || !text.startsWith(separator, i)) continue;
    parts.push(text.slice(start, i));
    start = i + separator.length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The literal value of a string or template literal without `${}`, or undefined. @param {string} expr @returns {string | undefined} */
function literal(expr) {
  const m = /^(["'])((?:\\.|(?!\1).)*)\1$/s.exec(expr) ?? /^`((?:\\.|[^`$]|\$(?!\{))*)`$/s.exec(expr);
  if (!m) return undefined;
  return (m[2] ?? m[1] ?? '').replace(/\\(.)/g, '$1');
}

/** Strips enclosing parentheses that belong together: `(a ? b : c)` → `a ? b : c`. @param {string} expr */
function unwrap(expr) {
  expr = expr.trim();
  // `(a) || (b)` starts and ends with parentheses that do not belong together: inside them a bracket closes too early.
  const together = (/** @type {string} */ inner) => [...scan(inner)].every(({ depth }) => depth >= 0);
  while (expr.startsWith('(') && expr.endsWith(')') && together(expr.slice(1, -1))) expr = expr.slice(1, -1).trim();
  return expr;
}

/**
 * The strings an attribute expression can produce, or ANY. Knows literals, `c ? a : b`, `c && a`
 * (nothing when false: Astro then leaves the attribute out) and, for class:list, arrays and objects of
 * those; anything else (a variable, a call, `a || b`) can be any value.
 * @param {string} expr
 * @returns {Set<string> | typeof ANY}
 */
export function expressionValues(expr) {
  expr = unwrap(expr);
  const lit = literal(expr);
  if (lit !== undefined) return new Set([lit]);
  if (/^(false|null|undefined)$/.test(expr)) return new Set();
  // c ? a : b — the first top-level «?» that is not «?.» or «??».
  const question = findConditional(expr);
  if (question) {
    const a = expressionValues(question.whenTrue);
    const b = expressionValues(question.whenFalse);
    return a === ANY || b === ANY ? ANY : new Set([...a, ...b]);
  }
  const and = splitTopLevel(expr, '&&');
  if (and.length > 1 && !expr.includes('||') && !expr.includes('??')) return expressionValues(and.at(-1) ?? '');
  if (expr.startsWith('[') && expr.endsWith(']')) {
    /** @type {Set<string>} */
    const all = new Set();
    for (const item of splitTopLevel(expr.slice(1, -1), ',')) {
      if (!item.trim()) continue;
      const v = expressionValues(item);
      if (v === ANY) return ANY;
      v.forEach((x) => all.add(x));
    }
    return all;
  }
  if (expr.startsWith('{') && expr.endsWith('}')) {
    /** @type {Set<string>} */
    const keys = new Set();
    for (const entry of splitTopLevel(expr.slice(1, -1), ',')) {
      if (!entry.trim()) continue;
      const [key, ...rest] = splitTopLevel(entry, ':');
      const k = key === undefined ? undefined : (literal(key.trim()) ?? (/^[\w-]+$/.test(key.trim()) && rest.length > 0 ? key.trim() : undefined));
      if (k === undefined) return ANY;
      keys.add(k);
    }
    return keys;
  }
  return ANY;
}

/** @param {string} expr @returns {{ whenTrue: string, whenFalse: string } | undefined} */
function findConditional(expr) {
  let question = -1;
  let nested = 0;
  for (const { i, depth } of scan(expr)) {
    if (depth < 0) continue;
    const c = expr[i];
    if (c === '?' && expr[i + 1] !== '.' && expr[i + 1] !== '?' && expr[i - 1] !== '?') {
      if (question < 0) question = i;
      else nested++;
    } else if (c === ':' && question >= 0) {
      if (nested > 0) nested--;
      else return { whenTrue: expr.slice(question + 1, i), whenFalse: expr.slice(i + 1) };
    }
  }
  return undefined;
}

/**
 * The `ds-*` classes a class value can give, or ANY. A template literal's fixed words count; a word that a
 * `${…}` part begins could be anything, one with a fixed start (`score-${n}`) only begins that way.
 * @param {string} value the attribute value: a quoted string, or an expression in braces
 * @param {boolean} isExpression
 * @returns {Set<string> | typeof ANY}
 */
function classValues(value, isExpression) {
  /** @type {Set<string> | typeof ANY} */
  let strings;
  if (!isExpression) strings = new Set([value]);
  else {
    const expr = unwrap(value);
    if (expr.startsWith('`') && !literal(expr)) {
      // `a b-${x} ${y}`: split the literal parts; a substitution at the start of a word makes the word unknown.
      const text = expr.slice(1, -1);
      if (/(^|\s)\$\{/.test(text)) return ANY;
      strings = new Set([text.replace(/\$\{[^}]*\}/g, '\u0000')]);
    } else strings = expressionValues(expr);
  }
  if (strings === ANY) return ANY;
  /** @type {Set<string>} */
  const classes = new Set();
  for (const s of strings) {
    for (const word of s.split(/\s+/)) {
      if (/^ds-[\w-]+$/.test(word)) classes.add(word);
      else if (word.startsWith('ds-') || word === '\u0000') return ANY;
    }
  }
  return classes;
}

/** The `ds-*` classes written out literally in a class value, ignoring what variables may add. @param {string} value */
function literalClasses(value) {
  return new Set([...value.matchAll(/(["'`])(?:(?!\1).)*\1/g)].flatMap((m) => m[0].slice(1, -1).split(/\s+/)).filter((w) => /^ds-[\w-]+$/.test(w)));
}

/**
 * Every element in an Astro template (markup in the template, in expressions and in the frontmatter alike:
 * anything that looks like a tag is read). Attributes from a spread (`{...rest}`) and classes from a variable
 * are unknown, unless the component is marked `contentProps`: one that only content renders (through
 * mdx-components.ts), whose props come from Markdown, where content-safety.ts allows no class and none of the
 * analysed attributes.
 * @param {string} text
 * @param {{ contentProps?: boolean }} [options]
 * @returns {Element[]}
 */
export function templateElements(text, options = {}) {
  const source = text.replace(/<!--[\s\S]*?-->/g, '');
  /** @type {Element[]} */
  const elements = [];
  for (const m of source.matchAll(/<([A-Za-z][\w.:-]*)(?=[\s/>])/g)) {
    let i = (m.index ?? 0) + m[0].length;
    /** @type {Element} */
    const element = { classes: new Set(), attributes: new Map() };
    let known = false;
    /** @param {string} name @param {Set<string> | typeof ANY} values */
    const setAttribute = (name, values) => {
      if (!(ANALYZED_ATTRIBUTES).includes(/** @type {any} */ (name))) return;
      const had = element.attributes.get(name);
      element.attributes.set(name, had === ANY || values === ANY ? ANY : new Set([...(had ?? []), ...values]));
    };
    /** @param {Set<string> | typeof ANY} values */
    const addClasses = (values) => {
      if (element.classes === ANY) return;
      if (values === ANY) element.classes = ANY;
      else values.forEach((c) => /** @type {Set<string>} */ (element.classes).add(c));
    };
    while (i < source.length) {
      while (/\s/.test(source[i] ?? '')) i++;
      const c = source[i];
      if (c === undefined || c === '>' || (c === '/' && source[i + 1] === '>')) break;
      if (c === '{') {
        const end = skipBraces(source, i);
        const inner = source.slice(i + 1, end - 1).trim();
        if (inner.startsWith('...')) {
          if (!options.contentProps) {
            addClasses(ANY);
            for (const a of ANALYZED_ATTRIBUTES) setAttribute(a, ANY);
          }
        } else setAttribute(inner, ANY);
        i = end;
        continue;
      }
      const name = /^[^\s=>/{"'`]+/.exec(source.slice(i))?.[0];
      if (!name) break;
      i += name.length;
      while (/\s/.test(source[i] ?? '')) i++;
      /** @type {{ value: string, expression: boolean } | undefined} */
      let value;
      if (source[i] === '=') {
        i++;
        while (/\s/.test(source[i] ?? '')) i++;
        const q = source[i];
        if (q === '"' || q === "'") {
          const end = source.indexOf(q, i + 1);
          value = { value: source.slice(i + 1, end < 0 ? source.length : end), expression: false };
          i = end < 0 ? source.length : end + 1;
        } else if (q === '{') {
          const end = skipBraces(source, i);
          value = { value: source.slice(i + 1, end - 1), expression: true };
          i = end;
        } else if (q === '`') {
          const end = skipTemplate(source, i);
          value = { value: source.slice(i, end), expression: true };
          i = end;
        } else {
          const raw = /^[^\s>]+/.exec(source.slice(i))?.[0] ?? '';
          value = { value: raw, expression: false };
          i += raw.length;
        }
      }
      const lower = name.toLowerCase();
      if (lower === 'class' || lower === 'class:list' || lower === 'classname') {
        known = true;
        const classes = value ? classValues(value.value, value.expression) : new Set();
        // From content, a variable holds no class; its literal parts still count.
        addClasses(classes === ANY && options.contentProps && value ? literalClasses(value.value) : classes);
      } else if (value) {
        setAttribute(lower, value.expression ? expressionValues(value.value) : new Set([value.value]));
      } else setAttribute(lower, new Set(['']));
    }
    if (known || element.attributes.size > 0) elements.push(element);
  }
  return elements;
}

/**
 * The elements a script can make or change, read without parsing it. An analysed attribute it names has the
 * values written as `'data-size': 'sm'`, `setAttribute('data-size', 'sm')`, `data-size="sm"` or
 * `dataset.size = 'sm'` (named any other way: any value), on the elements it makes (with its `ds-*` classes)
 * and on any other. Classes it gives existing elements (classList, className) may meet any attribute value.
 * @param {string} text
 * @returns {Element[]}
 */
export function scriptElements(text) {
  const classes = new Set(text.match(/(?<![\w-])ds-[a-z][\w-]*/g) ?? []);
  /** @type {Map<string, Set<string> | typeof ANY>} */
  const attributes = new Map();
  for (const name of ANALYZED_ATTRIBUTES) {
    const prop = name.startsWith('data-') ? name.slice(5).replace(/-(\w)/g, (_, c) => c.toUpperCase()) : undefined;
    const q = `['"\`]`;
    const patterns = [
      new RegExp(`${q}${name}${q}\\s*:\\s*${q}([^'"\`$]*)${q}`, 'g'),
      new RegExp(`setAttribute\\(\\s*${q}${name}${q}\\s*,\\s*${q}([^'"\`$]*)${q}\\s*\\)`, 'g'),
      new RegExp(`(?<![\\w-])${name}="([^"{$]*)"`, 'g'),
      ...(prop
        ? [new RegExp(`dataset\\.${prop}\\s*=\\s*${q}([^'"\`$]*)${q}`, 'g')]
        : [new RegExp(`\\.${name}\\s*=\\s*${q}([^'"\`$]*)${q}`, 'g'), new RegExp(`(?<![\\w.-])${name}\\s*:\\s*${q}([^'"\`$]*)${q}`, 'g')]),
    ];
    const mentions = (text.match(new RegExp(`(?<![\\w-])${name}(?![\\w-])${prop ? `|dataset\\.${prop}(?!\\w)|dataset\\[${q}${prop}${q}\\]` : ''}`, 'g')) ?? []).length;
    if (mentions === 0) continue;
    // `type` is also a word of the language (`type Props`, `{ type: … }`): only its markup-like uses count.
    /** @type {Set<string>} */
    const values = new Set();
    let matched = 0;
    for (const p of patterns) for (const m of text.matchAll(p)) {
      values.add(m[1] ?? '');
      matched++;
    }
    // For `type`, a property `type: x` or `.type = x` with anything but a string (`type: string` in a type, too) is unknown.
    const unknown = name === 'type' ? /\.type\s*=\s*(?![=\s'"`])|(?<![\w.-])type\s*:\s*(?![\s'"`])|setAttribute\(\s*['"`]type['"`]\s*,\s*(?![\s'"`])/.test(text) : matched < mentions;
    if (name === 'type' && matched === 0 && !unknown) continue;
    attributes.set(name, unknown ? ANY : values);
  }
  /** @type {Element[]} */
  const elements = [];
  // Elements it makes: its classes with its attribute values (in any combination).
  if (classes.size > 0 || attributes.size > 0) elements.push({ classes, attributes });
  // Attributes it sets may land on any element of the page.
  if (attributes.size > 0) elements.push({ classes: ANY, attributes });
  // Classes it gives existing elements may land on one with any attributes.
  if (classes.size > 0 && /classList\.|className\s*[+]?=|setAttribute\(\s*['"`]class['"`]/.test(text)) {
    elements.push({ classes, attributes: new Map(ANALYZED_ATTRIBUTES.map((a) => [a, ANY])) });
  }
  return elements;
}

// ——— Selectors ———

/**
 * The compound selectors of one complex selector that are outside any pseudo-class function, each with its
 * classes and its `[name=value]` attribute selectors (nothing inside :is(), :where(), :not() or :has()).
 * @param {string} selector
 * @returns {{ classes: string[], attributes: [string, string][] }[]}
 */
export function topLevelCompounds(selector) {
  /** @type {{ classes: string[], attributes: [string, string][] }[]} */
  const compounds = [];
  let current = { classes: /** @type {string[]} */ ([]), attributes: /** @type {[string, string][]} */ ([]) };
  let i = 0;
  const flush = () => {
    if (current.classes.length || current.attributes.length) compounds.push(current);
    current = { classes: [], attributes: [] };
  };
  while (i < selector.length) {
    const c = selector[i];
    if (c === '(') {
      // A pseudo-class function: skip its argument.
      let depth = 0;
      for (; i < selector.length; i++) {
        if (selector[i] === '\\') i++;
        else if (selector[i] === '(') depth++;
        else if (selector[i] === ')' && --depth === 0) break;
      }
      i++;
    } else if (c === '[') {
      const end = selector.indexOf(']', i);
      const body = selector.slice(i + 1, end < 0 ? selector.length : end);
      const m = /^\s*([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(?:[is]\s*)?$/.exec(body);
      if (m) current.attributes.push([m[1] ?? '', m[2] ?? m[3] ?? m[4] ?? '']);
      i = end < 0 ? selector.length : end + 1;
    } else if (c === '.') {
      const m = /^\.((?:\\.|[\w-])+)/.exec(selector.slice(i));
      if (m) current.classes.push((m[1] ?? '').replace(/\\(.)/g, '$1'));
      i += m ? m[0].length : 1;
    } else if (c === ' ' || c === '>' || c === '+' || c === '~') {
      flush();
      i++;
    } else if (c === '\\') i += 2;
    else i++;
  }
  flush();
  return compounds;
}

/**
 * Whether some element can match every top-level compound of the selector as far as its `ds-*` classes and
 * analysed attributes go (anything else the selector asks for is PurgeCSS's and the browser's business). With
 * `classNames` (every `ds-*` word in the files the elements come from), a class no file names cannot be on any
 * element, even one whose classes are unknown: they come from those files too.
 * @param {string} selector
 * @param {Element[]} elements
 * @param {Set<string>} [classNames]
 */
export function selectorPossible(selector, elements, classNames) {
  for (const compound of topLevelCompounds(selector)) {
    const classes = compound.classes.filter((c) => c.startsWith('ds-'));
    if (classNames && classes.some((c) => !classNames.has(c))) return false;
    const attributes = compound.attributes.filter(([name]) => ANALYZED_ATTRIBUTES.includes(/** @type {any} */ (name)));
    // `type` only counts on Designsystemet's own elements: content may make inputs (a task list) but no ds-* class.
    const checked = classes.length > 0 ? attributes : attributes.filter(([name]) => name !== 'type');
    if (classes.length === 0 && checked.length === 0) continue;
    const fits = elements.some(
      (e) =>
        (e.classes === ANY || classes.every((c) => /** @type {Set<string>} */ (e.classes).has(c))) &&
        checked.every(([name, value]) => {
          const values = e.attributes.get(name);
          return values === ANY || (values !== undefined && values.has(value));
        }),
    );
    if (!fits) return false;
  }
  return true;
}

/** The client scripts of an Astro file (not JSON data blocks, not self-closing tags). @param {string} text @returns {string[]} */
export function astroScripts(text) {
  return [...text.matchAll(/<script\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\/\s*$/.test(m[1] ?? '') && !/type\s*=\s*["']application\/(ld\+)?json/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
}

/**
 * The elements one source file can make: an Astro file's markup and client scripts, or a script.
 * @param {string} file its path (the ending decides how it is read)
 * @param {string} text
 * @param {{ contentProps?: boolean }} [options]
 * @returns {Element[]}
 */
export function fileElements(file, text, options = {}) {
  if (file.endsWith('.astro')) return [...templateElements(text, options), ...astroScripts(text).flatMap(scriptElements)];
  return scriptElements(text);
}

// ——— Form controls ———

const PSEUDO = /::?([\w-]+)(\()?/y;
const WORD = /[\w-]+/y;

/** Pseudo-classes only a checkbox, radio button or read-only field can have (never the header's search field). */
const FORM_CONTROL_PSEUDOS = new Set(['checked', 'indeterminate', 'read-only', '-moz-read-only']);

/**
 * Whether a selector can only match a form control other than a text field, or what depends on one: a
 * checkbox or radio button, a select, a textarea, a read-only field (the site's header has a search field
 * and nothing else). `:not(…)` never makes a selector need one; `:is(…)`, `:where(…)` and `:has(…)` do when
 * every selector in them does. postcss.config.mjs moves such rules of Designsystemet's input and field into
 * designsystemet-forms.css, which the components with such controls link.
 * @param {string} selector one complex selector (no top-level commas)
 * @returns {boolean}
 */
export function needsFormControl(selector) {
  let known = formControlCache.get(selector);
  if (known === undefined) formControlCache.set(selector, (known = needsFormControlUncached(selector)));
  return known;
}
/** @type {Map<string, boolean>} */
const formControlCache = new Map();

/** @param {string} selector */
function needsFormControlUncached(selector) {
  let i = 0;
  let compoundStart = true;
  while (i < selector.length) {
    const c = selector[i] ?? '';
    if (c === '\\') {
      i += 2;
      compoundStart = false;
    } else if (c === ' ' || c === '>' || c === '+' || c === '~' || c === ',') {
      i++;
      compoundStart = true;
    } else if (c === ':') {
      PSEUDO.lastIndex = i;
      const m = PSEUDO.exec(selector);
      if (!m) {
        i++;
        continue;
      }
      const name = (m[1] ?? '').toLowerCase();
      i += m[0].length;
      compoundStart = false;
      if (m[2]) {
        let depth = 1;
        const start = i;
        for (; i < selector.length && depth > 0; i++) {
          if (selector[i] === '\\') i++;
          else if (selector[i] === '(') depth++;
          else if (selector[i] === ')') depth--;
        }
        const argument = selector.slice(start, i - 1);
        if ((name === 'is' || name === 'where' || name === 'has' || name === 'matches') && splitTopLevel(argument, ',').every((s) => needsFormControl(s.trim()))) return true;
      } else if (FORM_CONTROL_PSEUDOS.has(name)) return true;
    } else if (c === '[') {
      const end = selector.indexOf(']', i);
      const body = selector.slice(i + 1, end < 0 ? selector.length : end);
      const m = /^\s*([\w-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+)))?/.exec(body);
      const name = (m?.[1] ?? '').toLowerCase();
      const value = m?.[2] ?? m?.[3] ?? m?.[4];
      if (name === 'type' && (value === 'checkbox' || value === 'radio')) return true;
      if (name === 'readonly' || (name === 'aria-readonly' && value === 'true')) return true;
      i = end < 0 ? selector.length : end + 1;
      compoundStart = false;
    } else if (compoundStart && /[a-zA-Z]/.test(c)) {
      WORD.lastIndex = i;
      const tag = (WORD.exec(selector)?.[0] ?? '').toLowerCase();
      if (tag === 'select' || tag === 'textarea') return true;
      i += tag.length || 1;
      compoundStart = false;
    } else {
      i++;
      compoundStart = false;
    }
  }
  return false;
}
