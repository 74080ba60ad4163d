// The DOM pages' stage: a 1280×720 box over the canvas, scaled to fit the window like the canvas (letterboxed,
// centred), so each page lays out once and looks the same at any size. Printing drops the scaling.
import { DESIGN } from '../layout';

let listening = false;

function fit(stage: HTMLElement): void {
  const scale = Math.min(window.innerWidth / DESIGN.width, window.innerHeight / DESIGN.height);
  stage.style.setProperty('--stage-scale', String(Math.max(0.2, scale)));
}

function host(): HTMLElement {
  let page = document.getElementById('page');
  if (!page) {
    page = document.createElement('div');
    page.id = 'page';
    page.hidden = true;
    (document.getElementById('game') ?? document.body).append(page);
  }
  return page;
}

/** Shows an empty stage and returns it. */
export function openStage(className = ''): HTMLElement {
  const page = host();
  const stage = document.createElement('div');
  stage.className = `stage ${className}`.trim();
  page.replaceChildren(stage);
  page.hidden = false;
  fit(stage);
  if (!listening) {
    listening = true;
    window.addEventListener('resize', () => {
      const current = document.querySelector<HTMLElement>('#page > .stage');
      if (current) fit(current);
    });
  }
  return stage;
}

/** Empties and hides the stage (the canvas shows again). */
export function closeStage(): void {
  const page = document.getElementById('page');
  if (!page) return;
  page.replaceChildren();
  page.hidden = true;
}
