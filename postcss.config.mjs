// @ts-check
// Vite (and so Astro) loads this file for every stylesheet. In a build it trims the Designsystemet parts the
// site imports (src/styles/designsystemet*.css) in three steps:
//   1. a selector whose Designsystemet modifiers no element in src/ can carry together goes (`.ds-alert[data-color=success]`
//      when the only alert is a warning; `[data-color=info]` when nothing is info): src/node/markup-usage.mjs;
//   2. PurgeCSS: selectors and custom properties that nothing in src/ can produce go (content is data and cannot
//      add classes, DESIGN.md §8);
//   3. the rules for form controls other than a text field (checkbox, select, read-only field) move from
//      designsystemet.css, which every page loads, to designsystemet-forms.css, which the components with such a
//      control link.
// The site's own CSS is left alone. tests/e2e/visual.spec.ts checks that every page type renders exactly as with
// the full stylesheet.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import postcss from 'postcss';
import { fileElements, needsFormControl, selectorPossible } from './src/node/markup-usage.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = join(root, 'src');
const require = createRequire(join(root, 'package.json'));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));

/** src/styles/designsystemet*.css: the Designsystemet parts, for every page or for one component. */
const isTarget = (/** @type {string | undefined} */ file) => !!file && dirname(file) === join(src, 'styles') && /^designsystemet[\w-]*\.css$/.test(basename(file));
const targets = files.map((f) => join(src, f)).filter(isTarget);

/** The templates and island scripts: all that can put a class or attribute on a page (src/lib renders no ds-* markup). */
const templates = files.filter((f) => /^(components|layouts|pages|scripts)\/.*\.(astro|ts)$/.test(f)).map((f) => join(src, f));
// Should the rest of src/ ever name a ds-* class or a Designsystemet modifier, say so rather than lose its CSS.
for (const f of files.filter((f) => /\.(astro|ts)$/.test(f) && !templates.includes(join(src, f)))) {
  if (/(?<![\w-])(ds-[a-z]|data-(color|size|variant)(?![\w-]))/.test(readFileSync(join(src, f), 'utf8'))) throw new Error(`src/${f} names a ds-* class or a data-color/-size/-variant: add its folder to the templates in postcss.config.mjs`);
}

/**
 * Components that only content renders (mdx-components.ts maps Markdown elements to them): their props come from
 * Markdown, where content-safety.ts allows no class and no data-* attribute. Not so for one a template also uses.
 */
const mdxComponents = readFileSync(join(src, 'components/mdx-components.ts'), 'utf8');
const contentRendered = [...mdxComponents.matchAll(/import\s+(\w+)\s+from\s+'\.\/([\w.-]+\.astro)'/g)]
  .filter(([, name]) => !templates.some((t) => new RegExp(`<${name}[\\s/>]`).test(readFileSync(t, 'utf8'))))
  .map(([, , file]) => join(src, 'components', file ?? ''));
/** Every element the templates and islands can make, with its classes and modifier values (src/node/markup-usage.mjs). */
const elements = templates.flatMap((t) => fileElements(t, readFileSync(t, 'utf8'), { contentProps: contentRendered.includes(t) }));
/** Every ds-* word in the templates: where the classes of an element the reading cannot see must come from. */
const classNames = new Set(templates.flatMap((t) => readFileSync(t, 'utf8').match(/(?<![\w-])ds-[a-z][\w-]*/g) ?? []));

// Markdown in content/ (and the raw HTML that src/lib/content-safety.ts allows) can produce any of these elements,
// and so can src/lib (diagrams): every element selector counts as used.
const HTML_ELEMENTS =
  'html head body main header footer nav section article aside div span p a abbr b br cite code data dfn em i kbd mark q s samp small strong sub sup time u var wbr ' +
  'h1 h2 h3 h4 h5 h6 hgroup hr pre blockquote figure figcaption ol ul li dl dt dd menu address del ins img picture source svg math ' +
  'table caption colgroup col thead tbody tfoot tr th td details summary dialog form fieldset legend label input button select option optgroup textarea output progress meter';

/** A stylesheet with its @imports, as text (package specifiers resolved through their exports). */
function withImports(/** @type {string} */ file) {
  const css = readFileSync(file, 'utf8');
  /** @type {string[]} */
  const imported = [...css.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((m) => withImports(m[1].startsWith('.') ? resolve(dirname(file), m[1]) : require.resolve(m[1])));
  return [css, ...imported].join('\n');
}

/** Step 1: drops the selectors of a Designsystemet rule that no element can match (the rule, if none is left). */
function dropImpossibleSelectors(/** @type {import('postcss').Root} */ css) {
  css.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(/** @type {import('postcss').AtRule} */ (rule.parent).name)) return;
    const possible = rule.selectors.filter((s) => selectorPossible(s, elements, classNames));
    if (possible.length === 0) rule.remove();
    else if (possible.length < rule.selectors.length) rule.selectors = possible;
  });
}

// Custom properties read outside the file being trimmed must stay: by the site's own CSS, the components' <style>
// blocks and inline SVG (fill="var(--ds-…)"), which name them in src/, and by the other designsystemet*.css files
// (designsystemet-calculator.css uses sizes that only the theme in designsystemet.css declares) once step 1 has
// dropped what cannot match there.
const namedInSrc = files
  .filter((f) => /\.(astro|ts|css)$/.test(f) && !isTarget(join(src, f)))
  .flatMap((f) => readFileSync(join(src, f), 'utf8').match(/--dsc?-[\w-]+/g) ?? []);
const readBy = (/** @type {string} */ css) => [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
/** @type {Map<string, string>} */
const possibleTexts = new Map();
const possibleText = (/** @type {string} */ file) => {
  let text = possibleTexts.get(file);
  if (text === undefined) {
    const css = postcss.parse(withImports(file));
    dropImpossibleSelectors(css);
    possibleTexts.set(file, (text = css.toString()));
  }
  return text;
};

/** One PurgeCSS per target file, each with the custom properties the others read. */
const purgers = new Map(
  targets.map((target) => {
    const variables = [...new Set([...namedInSrc, ...targets.filter((t) => t !== target).flatMap((t) => readBy(possibleText(t)))])];
    const plugin = purgeCSSPlugin({
      content: [...templates, { raw: HTML_ELEMENTS, extension: 'html' }],
      variables: true,
      keyframes: true,
      // State the browser or the islands toggle on elements (PurgeCSS keeps value/checked/selected/open itself).
      dynamicAttributes: ['aria-invalid', 'aria-expanded', 'aria-pressed', 'aria-checked', 'aria-busy', 'aria-disabled', 'aria-current', 'disabled', 'readonly', 'hidden'],
      // Every pseudo-class counts as present, so a selector made only of pseudo-classes (`:where(:not(:last-child))`,
      // `:is(…):not([hidden])`) is judged by what is inside it; PurgeCSS 8 drops such selectors whole otherwise.
      safelist: { standard: [/^:/], variables },
    });
    return [target, { variables, run: /** @type {{ OnceExit: (root: import('postcss').Root, helpers: import('postcss').Helpers) => Promise<void> }} */ (/** @type {unknown} */ (plugin)).OnceExit }];
  }),
);

/** A :where() or :is() inside :not() or :has(): PurgeCSS may empty it and then drops the whole selector. */
function whereInsideNot(/** @type {string} */ selector) {
  /** @type {string[]} */
  const open = [];
  for (let i = 0; i < selector.length; i++) {
    const fn = /^:(not|has|where|is)\(/.exec(selector.slice(i));
    if (fn) {
      if ((fn[1] === 'where' || fn[1] === 'is') && open.some((o) => o === 'not' || o === 'has')) return true;
      open.push(fn[1]);
      i += fn[0].length - 1;
    } else if (selector[i] === '(') open.push('(');
    else if (selector[i] === ')') open.pop();
  }
  return false;
}

/**
 * Step 3: what only a checkbox, a select or a read-only field needs (src/node/markup-usage.mjs, needsFormControl)
 * leaves the other sheets for designsystemet-forms.css, which imports the same parts and keeps only that: those
 * rules of Designsystemet's input, field and fieldset, and the custom properties that nothing else reads (the
 * read-only lock icon, declared in base.css). Together the sheets hold exactly what they held before.
 */
const part = (/** @type {string} */ f) => require.resolve(`@digdir/designsystemet-css/${f}`);
const FORM_PARTS = ['input.css', 'field.css', 'fieldset.css'].map(part);
const BASE_PART = part('base.css');
const FORMS = join(src, 'styles/designsystemet-forms.css');
const readsIn = (/** @type {import('postcss').Declaration} */ decl) => readBy(decl.value);
/** Custom properties base.css declares that only form-control rules read, in any target, and nothing in src/ names. */
const formVariables = (() => {
  const readElsewhere = new Set(namedInSrc);
  /** @type {Set<string>} */
  const readByForms = new Set();
  for (const t of targets) {
    const css = postcss.parse(possibleText(t));
    css.walkRules((rule) => {
      const reads = rule.nodes.flatMap((n) => (n.type === 'decl' ? readsIn(n) : []));
      if (reads.length === 0) return;
      const forms = rule.selectors.every(needsFormControl);
      for (const name of reads) (forms ? readByForms : readElsewhere).add(name);
    });
    // Declarations outside a rule (none in Designsystemet today) count as read elsewhere.
    css.walkDecls((decl) => {
      if (decl.parent?.type !== 'rule') readsIn(decl).forEach((name) => readElsewhere.add(name));
    });
  }
  return new Set([...readByForms].filter((name) => !readElsewhere.has(name)));
})();
function splitFormControls(/** @type {import('postcss').Root} */ css, /** @type {string} */ file) {
  const keepForms = file === FORMS;
  css.walkRules((rule) => {
    const from = rule.source?.input.file ?? '';
    if (from === BASE_PART) {
      rule.walkDecls((decl) => {
        if (formVariables.has(decl.prop) !== keepForms) decl.remove();
      });
    } else if (FORM_PARTS.includes(from)) {
      const kept = rule.selectors.filter((s) => needsFormControl(s) === keepForms);
      if (kept.length < rule.selectors.length && kept.length > 0) rule.selectors = kept;
      else if (kept.length === 0) rule.remove();
      return;
    } else if (keepForms) rule.remove();
    if (rule.parent && (rule.nodes?.length ?? 0) === 0) rule.remove();
  });
}

/** @type {import('postcss').AcceptedPlugin} */
const purgeDesignsystemet = {
  postcssPlugin: 'purge-designsystemet',
  async Once(css, helpers) {
    // A stylesheet imported with ?url (linked where a component renders) comes with Vite's query on its name.
    const file = css.source?.input.file?.replace(/\?.*$/, '');
    const purger = file && purgers.get(file);
    if (process.env.NODE_ENV !== 'production' || !file || !purger) return;
    dropImpossibleSelectors(css);
    css.walkRules((rule) => {
      // Such rules (a handful) are kept as they are, with PurgeCSS's own «ignore» comment. PurgeCSS then does not
      // look at their declarations either, so the custom properties they read are kept by name.
      if (!whereInsideNot(rule.selector)) return;
      rule.prepend(helpers.comment({ text: 'purgecss ignore current' }));
      rule.walkDecls((decl) => { purger.variables.push(...readBy(decl.value)); });
    });
    // PurgeCSS finds var() uses with a pattern that misses `var(\n  --name)`.
    css.walkDecls((decl) => { decl.value = decl.value.replace(/var\(\s+/g, 'var('); });
    await purger.run(css, helpers);
    splitFormControls(css, file);
  },
};

export default { plugins: [purgeDesignsystemet] };
