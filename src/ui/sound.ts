// Optional sound effects, synthesised with WebAudio at run time (no files, no network). Off by default; no
// AudioContext exists until the player switches sound on (browsers warn about one made before a gesture).

type Cue = 'click' | 'week' | 'strike' | 'deal';

let enabled = false;
let context: AudioContext | null = null;

export function setSoundEnabled(on: boolean): void {
  enabled = on;
  if (!on && context) {
    void context.close();
    context = null;
  }
}

const TONES: Readonly<Record<Cue, readonly [frequency: number, seconds: number][]>> = {
  click: [[660, 0.04]],
  week: [[440, 0.08], [554, 0.1]],
  strike: [[220, 0.12], [196, 0.16]],
  deal: [[523, 0.1], [659, 0.1], [784, 0.18]],
};

/** Plays a short cue if sound is on. Never throws: sound is a nicety. */
export function playSound(cue: Cue): void {
  if (!enabled) return;
  try {
    context ??= new AudioContext();
    let t = context.currentTime;
    for (const [frequency, seconds] of TONES[cue]) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.12, t + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + seconds);
      osc.connect(gain).connect(context.destination);
      osc.start(t);
      osc.stop(t + seconds + 0.02);
      t += seconds;
    }
  } catch {
    // no audio device: stay silent
  }
}
