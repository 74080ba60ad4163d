// All layout numbers, colours and text styles in one place, so screens stay consistent.
// Scenes lay out in a fixed 1280×720 design space; src/ui/viewport.ts maps it onto the window.

import type Phaser from 'phaser';

export const DESIGN = { width: 1280, height: 720 } as const;

/**
 * Okabe–Ito: a palette distinguishable under the common colour-vision deficiencies.
 * Colour is never the only signal: pair it with text, shape or position.
 */
export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
  black: 0x000000,
} as const;

/** UI colours as numbers (for shapes); `css()` turns one into a '#rrggbb' string (for text). */
export const COLOURS = {
  background: 0x0e1621,
  backgroundGlow: 0x16283a,
  panel: 0x1a2533,
  panelRaised: 0x212f40,
  panelHover: 0x243447,
  border: 0x4a5d73,
  borderQuiet: 0x2c3b4e,
  borderHover: OKABE_ITO.skyBlue,
  text: 0xf4f1ea,
  textMuted: 0xaeb8c4, // ≥ 7:1 on background
  textDisabled: 0x8894a3, // ≥ 4.5:1 on background
  focus: OKABE_ITO.yellow, // the keyboard focus ring: high contrast on the dark background
  accent: OKABE_ITO.orange,
  union: OKABE_ITO.skyBlue, // the two sides of the dispute
  employer: OKABE_ITO.orange,
  support: OKABE_ITO.skyBlue, // public opinion: always drawn with its label and in a fixed order
  oppose: OKABE_ITO.vermillion,
  neutral: 0x5d6b7c,
  strike: OKABE_ITO.vermillion, // strike days: also marked by shape (filled, outlined, crossed out)
  planned: OKABE_ITO.yellow,
  good: OKABE_ITO.bluishGreen, // above the walk-away line: always with a word, never colour alone
  warn: OKABE_ITO.vermillion,
  scrim: 0x05090e,
} as const;

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

const STANDARD_NEUTRALS: Readonly<Record<string, number>> = {
  background: COLOURS.background,
  backgroundGlow: COLOURS.backgroundGlow,
  panel: COLOURS.panel,
  panelRaised: COLOURS.panelRaised,
  panelHover: COLOURS.panelHover,
  border: COLOURS.border,
  borderQuiet: COLOURS.borderQuiet,
  text: COLOURS.text,
  textMuted: COLOURS.textMuted,
  textDisabled: COLOURS.textDisabled,
  neutral: COLOURS.neutral,
};
/** Projector mode: black and white neutrals (the Okabe–Ito accents stay), for a washed-out classroom screen. */
const HIGH_CONTRAST_NEUTRALS: typeof STANDARD_NEUTRALS = {
  background: 0x000000,
  backgroundGlow: 0x000000,
  panel: 0x0b0b0b,
  panelRaised: 0x1a1a1a,
  panelHover: 0x262626,
  border: 0xf4f1ea,
  borderQuiet: 0x9a9a9a,
  text: 0xffffff,
  textMuted: 0xededed,
  textDisabled: 0xc8c8c8,
  neutral: 0x9a9a9a,
};
/** Switches the neutral colours; like the text size, screens pick it up when they are next built. */
export const setHighContrast = (on: boolean): void => {
  Object.assign(COLOURS as unknown as Record<string, number>, on ? HIGH_CONTRAST_NEUTRALS : STANDARD_NEUTRALS);
};

/** The bundled font first, then what Debian's Chromium has (fonts-liberation, fonts-dejavu-core). */
export const FONT_FAMILY = '"Atkinson Hyperlegible", "Liberation Sans", "DejaVu Sans", sans-serif';
/** What main.ts waits for before starting Phaser (canvas text does not wait for web fonts itself). */
export const FONT_FACES_TO_LOAD = ['400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'];

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/** The text-size setting: 1 (standard) or larger. Scenes read TEXT when they build, so a change applies on the next screen. */
let textScale = 1;
export const setTextScale = (scale: number): void => {
  textScale = scale;
};
// A little padding: descenders are not clipped when text is rasterised at a fractional zoom.
// Prose (briefs, news, panels) grows with the text-size setting; labels on fixed-size controls grow a third
// as much, so larger text never overflows the buttons and grids it labels.
const make = (px: number, extra: TextStyle = {}, chrome = false): TextStyle => ({
  fontFamily: FONT_FAMILY,
  color: css(COLOURS.text),
  padding: { x: 2, y: 4 },
  fontSize: `${Math.round(px * (chrome ? 1 + (textScale - 1) / 3 : textScale))}px`,
  ...extra,
});

/** Text styles, scaled by the text-size setting. Nothing on the Table is smaller than 15px at 1280×720. */
export const TEXT = {
  get title() { return make(112, { fontStyle: 'bold' }, true); },
  get subtitle() { return make(26, { color: css(COLOURS.textMuted) }); },
  get heading() { return make(34, { fontStyle: 'bold' }, true); },
  get button() { return make(26, { fontStyle: 'bold' }, true); },
  get buttonDetail() { return make(17, { color: css(COLOURS.textMuted) }, true); },
  get action() { return make(19, { fontStyle: 'bold' }, true); },
  get body() { return make(20, { lineSpacing: 6 }); },
  get prose() { return make(21, { lineSpacing: 9 }); },
  get small() { return make(17, { color: css(COLOURS.textMuted) }); },
  get label() { return make(16, { color: css(COLOURS.textMuted), fontStyle: 'bold' }, true); },
  get value() { return make(26, { fontStyle: 'bold' }, true); },
  get figure() { return make(19, { fontStyle: 'bold' }, true); },
  get cell() { return make(18); },
  get side() { return make(19, { fontStyle: 'bold' }, true); },
  get key() { return make(15, { fontStyle: 'bold', color: css(COLOURS.textMuted) }, true); },
};

export const BUTTON = {
  width: 380,
  height: 64,
  radius: 12,
  borderWidth: 2,
  focusGap: 5, // space between the button and its focus ring
  focusWidth: 4,
} as const;

export const TITLE = {
  titleY: 150, // centre of the name
  barY: 198, // the two sides' bars, level with the name's baseline
  barInset: 96, // from the screen edge to each bar's outer end
  barGap: 318, // from the centre to each bar's inner end (clears the name)
  subtitleY: 234,
  menuTop: 318, // centre of the first button
  menuGap: 68, // centre-to-centre
  menuButtonH: 56,
  noteTop: 584,
  noteWidth: 980,
  footerY: 704, // bottom edge of the key hint
  fadeMs: 260,
} as const;

/** The Table: a header, then three columns (the dispute; the negotiation and the news; the side's moves). */
export const TABLE = {
  headerH: 56,
  top: 64,
  bottom: 708,
  left: { x: 16, w: 352 },
  mid: { x: 376, w: 528, negotiationH: 384 },
  right: { x: 912, w: 352 },
  gap: 8,
  tileH: 78,
  opinionH: 108,
  rowH: 48,
  paramH: 40,
} as const;
