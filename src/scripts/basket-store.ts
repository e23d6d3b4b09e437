/**
 * The basket in localStorage (one key, versioned format). Every island reads it fresh and renders
 * from it, so what a page shows is always the stored selection — also after Back/Forward from the
 * bfcache (`pageshow`) and when another tab changes it (`storage`).
 */
import { STORAGE_KEY, decodeSelection, encodeSelection, type Selection } from '../lib/basket';

export function readSelection(): Selection {
  try {
    return decodeSelection(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

export function writeSelection(selection: Selection): void {
  try {
    localStorage.setItem(STORAGE_KEY, encodeSelection(selection));
  } catch {
    // Storage full or blocked: the page keeps showing what is stored, which is the honest state.
  }
}

/** Calls `render` whenever the stored selection may differ from what the page shows. */
export function onStoredSelectionChange(render: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) render();
  });
  // Fires on first load and on every return from the bfcache (event.persisted); form state the
  // browser restores on Back is overwritten from storage either way.
  window.addEventListener('pageshow', () => render());
}
