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
  panelHover: 0x243447,
  border: 0x4a5d73,
  borderHover: OKABE_ITO.skyBlue,
  text: 0xf4f1ea,
  textMuted: 0xaeb8c4, // ≥ 7:1 on background
  textDisabled: 0x8894a3, // ≥ 4.5:1 on background
  focus: OKABE_ITO.yellow, // the keyboard focus ring: high contrast on the dark background
  accent: OKABE_ITO.orange,
  bma: OKABE_ITO.skyBlue, // the two sides of the dispute
  gov: OKABE_ITO.orange,
} as const;

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

/** The bundled font first, then what Debian's Chromium has (fonts-liberation, fonts-dejavu-core). */
export const FONT_FAMILY = '"Atkinson Hyperlegible", "Liberation Sans", "DejaVu Sans", sans-serif';
/** What main.ts waits for before starting Phaser (canvas text does not wait for web fonts itself). */
export const FONT_FACES_TO_LOAD = ['400 16px "Atkinson Hyperlegible"', '700 16px "Atkinson Hyperlegible"'];

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;
// A little padding: descenders are not clipped when text is rasterised at a fractional zoom.
const base: TextStyle = { fontFamily: FONT_FAMILY, color: css(COLOURS.text), padding: { x: 2, y: 4 } };

export const TEXT = {
  title: { ...base, fontSize: '112px', fontStyle: 'bold' },
  subtitle: { ...base, fontSize: '26px', color: css(COLOURS.textMuted) },
  button: { ...base, fontSize: '26px', fontStyle: 'bold' },
  buttonDetail: { ...base, fontSize: '17px', color: css(COLOURS.textMuted) },
  body: { ...base, fontSize: '22px', lineSpacing: 6 },
  small: { ...base, fontSize: '17px', color: css(COLOURS.textMuted) },
  side: { ...base, fontSize: '19px', fontStyle: 'bold' },
} satisfies Record<string, TextStyle>;

export const BUTTON = {
  width: 380,
  height: 64,
  radius: 12,
  borderWidth: 2,
  focusGap: 5, // space between the button and its focus ring
  focusWidth: 4,
} as const;

export const TITLE = {
  titleY: 178, // centre of the name
  barY: 226, // the two sides' bars, level with the name's baseline
  barInset: 96, // from the screen edge to each bar's outer end
  barGap: 318, // from the centre to each bar's inner end (clears the name)
  subtitleY: 262,
  menuTop: 350, // centre of the first button
  menuGap: 80, // centre-to-centre
  noteTop: 566,
  noteWidth: 980,
  footerY: 704, // bottom edge of the key hint
  fadeMs: 260,
} as const;
