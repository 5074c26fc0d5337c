/**
 * The pickers' share of the stylesheet and the script (assets.ts serves them with the rest). The
 * forms work without the script: it only narrows a long list as you type (pages/pickers.ts).
 */

export const PICKER_CSS = `
fieldset.picker legend { font-weight: 600; padding: 0 .25rem; }
.pick-filter { margin: 0 0 .5rem; }
.field .pick-filter label { font-weight: 400; }
.pick-row { display: flex; gap: .5rem; align-items: center; }
.field .pick-row input[type=search] { flex: 1 1 auto; min-width: 0; width: auto; }
.pick-status { margin: .25rem 0 0; }
ul.pick-options { list-style: none; margin: 0; padding: .25rem .5rem; max-height: 16rem; overflow-y: auto; border: 1px solid var(--line); border-radius: .3rem; }
ul.pick-options li { display: flex; gap: .5rem; align-items: baseline; padding: .1rem 0; }
.field ul.pick-options input { width: auto; flex: none; margin: 0; }
.field ul.pick-options label { display: inline; font-weight: 400; margin: 0; }
`;

// Plain ES2020 for the browser. Without it, the Filter button posts the form and the server
// narrows the list (nothing saved); with it, the box asks /{locale}/pick/{kind}?q= as you type.
export const PICKER_JS = `(() => {
  'use strict';
  for (const picker of Array.from(document.querySelectorAll('[data-pick-url]'))) {
    const input = picker.querySelector('input[type="search"]');
    const list = picker.querySelector('ul.pick-options');
    const select = picker.querySelector('select');
    const status = picker.querySelector('.pick-status');
    const button = picker.querySelector('button[name="filter"]');
    const target = list || select;
    if (!input || !target) continue;
    // The box filters here as you type: what it holds is no longer sent with the form.
    input.removeAttribute('name');
    if (button) button.hidden = true;
    const field = picker.getAttribute('data-field') || '';
    const url = picker.getAttribute('data-pick-url') || '';
    const max = Number(picker.getAttribute('data-max') || '20');
    const say = (name, count) => (picker.getAttribute('data-' + name) || '').replace('{count}', String(count));
    const initial = Array.from(target.children);
    const initialStatus = status ? status.textContent : '';
    const valueOf = (element) => {
      if (select) return element.value;
      const box = element.querySelector('input');
      return box ? box.value : '';
    };
    // What stays whatever the filter: the chosen entries (and a select's empty choice).
    const kept = () => Array.from(target.children).filter((element) => {
      if (select) return element.selected || element.value === '';
      const box = element.querySelector('input');
      return Boolean(box && box.checked);
    });
    const entry = (item) => {
      if (select) return new Option(String(item.label), String(item.id));
      const li = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = field;
      box.value = String(item.id);
      box.id = 'p-' + field + '-' + box.value;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = String(item.label);
      li.append(box, label);
      return li;
    };
    const show = (elements) => {
      const keep = kept();
      const values = new Set(keep.map(valueOf));
      target.replaceChildren(...keep, ...elements.filter((element) => !values.has(valueOf(element))));
    };
    let timer = 0;
    let controller = null;
    const run = async () => {
      const q = input.value.trim();
      if (controller) controller.abort();
      controller = null;
      if (!q) {
        show(initial);
        if (status) status.textContent = initialStatus;
        return;
      }
      controller = new AbortController();
      let items;
      try {
        const response = await fetch(url + '?q=' + encodeURIComponent(q), {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        });
        if (!response.ok) return;
        items = await response.json();
      } catch (error) {
        return;
      }
      if (!Array.isArray(items)) return;
      show(items.map(entry));
      if (status)
        status.textContent = items.length === 0 ? say('none', 0) : say(items.length >= max ? 'many' : 'found', items.length);
    };
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 250);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      // Enter in the box filters; it does not send the form.
      event.preventDefault();
      window.clearTimeout(timer);
      run();
    });
  }
})();
`;
