// A scenario file from the player's computer, through the browser's file picker (dropping one is file-drops.ts).
// Reading a scenario file and adding it to the catalogue is Setup's (scenes/setup/open-scenario-file.ts).

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain';

/** Shows the browser's file picker; resolves to the chosen file, or null when the player cancels. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: ACCEPT, hidden: true });
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    (document.getElementById('game') ?? document.body).append(input);
    input.click();
  });
}
