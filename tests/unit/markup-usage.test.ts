import { describe, expect, it } from 'vitest';
import { ANY, expressionValues, fileElements, needsFormControl, scriptElements, selectorPossible, templateElements, topLevelCompounds } from '../../src/node/markup-usage.mjs';

const sorted = (v: Set<string> | typeof ANY) => (v === ANY ? ANY : [...v].sort());

describe('which Designsystemet modifiers the markup can use', () => {
  it('reads literal values, conditionals and class lists, and calls anything else any value', () => {
    expect(sorted(expressionValues("level === 2 ? 'sm' : 'xs'"))).toEqual(['sm', 'xs']);
    expect(sorted(expressionValues("status === 'gjeldende' ? 'success' : 'warning'"))).toEqual(['success', 'warning']);
    expect(sorted(expressionValues("open && 'md'"))).toEqual(['md']);
    // Parentheses around the parts are not parentheses around the whole.
    expect(sorted(expressionValues("(open) ? ('sm') : ('xs')"))).toEqual(['sm', 'xs']);
    expect(sorted(expressionValues("(a ? 'sm' : 'xs')"))).toEqual(['sm', 'xs']);
    expect(sorted(expressionValues("(open) && ('md')"))).toEqual(['md']);
    expect(sorted(expressionValues("['ds-link', { 'ds-link--x': on }]"))).toEqual(['ds-link', 'ds-link--x']);
    expect(expressionValues('size')).toBe(ANY);
    expect(expressionValues("size || 'sm'")).toBe(ANY);
    expect(expressionValues('`${a}-b`')).toBe(ANY);
  });

  it('reads each element of a template with its classes and modifiers, also inside expressions', () => {
    const els = templateElements(`---
const level = 2;
---
<h2 class="ds-heading" data-size={level === 2 ? 'sm' : 'xs'}>T</h2>
{items.map((i) => <li class="ds-tag" data-color="brand1" {...i.attrs}>{i.x}</li>)}
<span class={\`dot score-\${n}\`} data-x="1"></span>
<input type="checkbox" class="ds-input" />`);
    expect(els.map((e) => [sorted(e.classes), Object.fromEntries([...e.attributes].map(([k, v]) => [k, sorted(v)]))])).toEqual([
      [['ds-heading'], { 'data-size': ['sm', 'xs'] }],
      [ANY, { 'data-color': ANY, 'data-size': ANY, 'data-variant': ANY, type: ANY }],
      [[], {}],
      [['ds-input'], { type: ['checkbox'] }],
    ]);
    // A component only content renders: its spread and class variable carry nothing content could not give.
    const link = templateElements("<a class:list={['ds-link', className]} {...rest}><slot /></a>", { contentProps: true });
    expect(link.map((e) => [sorted(e.classes), e.attributes.size])).toEqual([[['ds-link'], 0]]);
  });

  it('reads what a script can set, and any value where it cannot tell', () => {
    const made = scriptElements("el('h2', { class: 'ds-heading', 'data-size': 'sm' }); script.type = 'module';");
    expect(made.map((e) => [sorted(e.classes), Object.fromEntries([...e.attributes].map(([k, v]) => [k, sorted(v)]))])).toEqual([
      [['ds-heading'], { 'data-size': ['sm'], type: ['module'] }],
      [ANY, { 'data-size': ['sm'], type: ['module'] }],
    ]);
    expect(scriptElements("node.setAttribute('data-color', tone);")[0]!.attributes.get('data-color')).toBe(ANY);
    expect(sorted(scriptElements("el('input', { type: 'checkbox', class: 'ds-input' });")[0]!.attributes.get('type')!)).toEqual(['checkbox']);
    expect(scriptElements("el('input', { type: kind, class: 'ds-input' });")[0]!.attributes.get('type')).toBe(ANY);
    expect(scriptElements("node.classList.add('ds-alert');").at(-1)!.attributes.get('data-color')).toBe(ANY);
    // JSON data in a script tag is not a script.
    expect(fileElements('x.astro', '<script type="application/json" data-x set:html={j} /><p class="ds-paragraph" data-size="sm">x</p>').some((e) => e.classes === ANY)).toBe(false);
  });

  it('keeps a selector only when one element can carry all that a part of it asks for', () => {
    const els = templateElements('<p class="ds-alert" data-color="warning"></p><span class="ds-tag" data-color="success"></span><input class="ds-input" type="checkbox">');
    expect(selectorPossible('.ds-alert[data-color=warning]', els)).toBe(true);
    expect(selectorPossible('.ds-alert[data-color=success]', els)).toBe(false);
    expect(selectorPossible('[data-color=success]', els)).toBe(true);
    expect(selectorPossible('[data-color=info]', els)).toBe(false);
    expect(selectorPossible('.ds-alert:not([data-color=info])', els)).toBe(true);
    expect(selectorPossible('.ds-card__block:has(>img)', els)).toBe(false);
    // An element of unknown classes (a script's) still only has classes some file names.
    const unknown = [...els, ...scriptElements("el.setAttribute('data-size', 'sm'); el.className = 'ds-x';")];
    expect(selectorPossible('.ds-card__block', unknown)).toBe(true);
    expect(selectorPossible('.ds-card__block', unknown, new Set(['ds-alert', 'ds-x']))).toBe(false);
    expect(selectorPossible('.ds-x[data-size=sm]', unknown, new Set(['ds-alert', 'ds-x']))).toBe(true);
    expect(selectorPossible('.ds-input[type=checkbox]:checked', els)).toBe(true);
    expect(selectorPossible('.ds-input[type=date]', els)).toBe(false);
    // Content can make inputs (a task list), so `type` counts only on Designsystemet's elements.
    expect(selectorPossible('[type=date]', els)).toBe(true);
    expect(topLevelCompounds('.a[data-size="2xs"] > .ds-b:is(.c)')).toEqual([{ classes: ['a'], attributes: [['data-size', '2xs']] }, { classes: ['ds-b'], attributes: [] }]);
  });

  it('tells the rules only a checkbox, a select or a read-only field needs from those the search field needs', () => {
    for (const s of ['.ds-input:is(select)', '.ds-input[type=checkbox]:not(:focus-visible)', '.ds-input:read-only', '.ds-field:has(input[type=radio],input[type=checkbox]) label', ':is(.ds-field:where(:has(.ds-input[aria-readonly=true],.ds-input[readonly])) label):before', ':is(.x .ds-input:hover,.ds-input[type=checkbox]):is(:checked,:indeterminate)', '.ds-input:is(textarea)']) {
      expect(needsFormControl(s), s).toBe(true);
    }
    for (const s of ['.ds-input', '.ds-input:not([size],[cols],select:where([data-width=auto]))', ':has(label) .ds-input:not(:disabled,[readonly]):hover', ':is(.x .ds-input:hover,.ds-input[type=checkbox])[aria-invalid=true]', '.ds-input:where([type=text],[type=search])', '.ds-input:disabled', '.ds-field>*']) {
      expect(needsFormControl(s), s).toBe(false);
    }
  });
});
