// A warning over whatever screen is showing, in the DOM: a sentence the player must read now (the browser
// refused to store the game; another tab has the same save) and a Dismiss button. role="alert", so screen
// readers say it at once; it does not take the keyboard focus from the game.

const ID = 'warning-banner';

/** Shows `text` (replacing any warning shown), or removes the banner when `text` is null. */
export function showWarning(text: string | null, onDismiss: () => void): void {
  document.getElementById(ID)?.remove();
  if (text === null) return;
  const banner = document.createElement('div');
  banner.id = ID;
  banner.className = 'warning-banner';
  banner.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = text;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', onDismiss);
  banner.append(p, dismiss);
  document.body.append(banner);
}
