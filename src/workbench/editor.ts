// The Workbench's editor: a plain <textarea> (typing, paste, undo, IMEs and screen readers work as anywhere)
// beside a gutter of line numbers that scrolls with it and marks the lines with problems, by shape and word
// as well as colour. Lines do not wrap, so each number stays beside its line.

export interface LineMark {
  readonly line: number;
  readonly severity: 'error' | 'warning';
}

export interface Editor {
  readonly root: HTMLElement;
  readonly textarea: HTMLTextAreaElement;
  readonly value: string;
  /** Replaces the whole text (a file opened, a copy started). */
  setValue(text: string): void;
  mark(marks: readonly LineMark[]): void;
  /** Puts the caret at the start of a line, selects the line and scrolls it into view. */
  goTo(line: number): void;
  /** The line the caret is on (1-based). */
  caretLine(): number;
}

const LINE_PX = 20; // workbench.css: .wb-code line-height

export function createEditor(options: { readonly label: string; readonly describedBy: string; readonly onInput: () => void; readonly onCaret: () => void }): Editor {
  const root = document.createElement('div');
  root.className = 'wb-editor';
  const gutter = document.createElement('div');
  gutter.className = 'wb-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  const numbers = document.createElement('div');
  numbers.className = 'wb-gutter-lines';
  gutter.append(numbers);
  const textarea = document.createElement('textarea');
  textarea.className = 'wb-code';
  textarea.wrap = 'off';
  textarea.spellcheck = false;
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  textarea.setAttribute('aria-label', options.label);
  textarea.setAttribute('aria-describedby', options.describedBy);
  textarea.id = 'wb-text';
  root.append(gutter, textarea);

  let rows: HTMLDivElement[] = [];
  let marks: readonly LineMark[] = [];

  const countLines = (text: string): number => {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
    return n;
  };

  const paintMarks = (): void => {
    for (const row of rows) row.className = 'wb-line';
    for (const m of marks) {
      const row = rows[m.line - 1];
      if (row && !row.classList.contains('wb-line-error')) row.className = `wb-line wb-line-${m.severity}`;
    }
  };

  const renumber = (): void => {
    const n = countLines(textarea.value);
    if (n === rows.length) return;
    if (n > rows.length) {
      const frag = document.createDocumentFragment();
      for (let i = rows.length; i < n; i += 1) {
        const row = document.createElement('div');
        row.className = 'wb-line';
        row.textContent = String(i + 1);
        rows.push(row);
        frag.append(row);
      }
      numbers.append(frag);
    } else {
      for (const row of rows.splice(n)) row.remove();
    }
    paintMarks();
  };

  const follow = (): void => {
    numbers.style.transform = `translateY(${-textarea.scrollTop}px)`; // CSSOM, which the page's CSP allows
  };

  textarea.addEventListener('input', () => {
    renumber();
    options.onInput();
  });
  textarea.addEventListener('scroll', follow);
  for (const type of ['keyup', 'click', 'select'] as const) textarea.addEventListener(type, () => options.onCaret());

  const lineStart = (line: number): number => {
    let at = 0;
    for (let i = 1; i < line; i += 1) {
      const next = textarea.value.indexOf('\n', at);
      if (next < 0) return textarea.value.length;
      at = next + 1;
    }
    return at;
  };

  return {
    root,
    textarea,
    get value() {
      return textarea.value;
    },
    setValue(text) {
      textarea.value = text;
      textarea.scrollTop = 0;
      renumber();
      follow();
    },
    mark(next) {
      marks = next;
      paintMarks();
    },
    goTo(line) {
      const start = lineStart(line);
      const end = textarea.value.indexOf('\n', start);
      textarea.focus({ preventScroll: true });
      // The first line: just the caret there (a fresh text); another: the line selected, to be seen.
      textarea.setSelectionRange(start, line === 1 ? start : end < 0 ? textarea.value.length : end);
      textarea.scrollTop = Math.max(0, (line - 1) * LINE_PX - textarea.clientHeight / 3);
      follow();
      options.onCaret();
    },
    caretLine() {
      return countLines(textarea.value.slice(0, textarea.selectionStart));
    },
  };
}
