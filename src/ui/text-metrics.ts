// Phaser measures a font's ascent and descent afresh for every Text it makes (a canvas, a font switch and a
// measureText call), though a screen uses a handful of fonts. This remembers each font's metrics and hands them
// to later texts through the style's documented `metrics` option. Installed once, before the first screen, and
// only after the web fonts have loaded (metrics taken from a fallback font would be remembered).
import Phaser from 'phaser';

type Metrics = { ascent: number; descent: number; fontSize: number };
type StyleConfig = Phaser.Types.GameObjects.Text.TextStyle & { metrics?: Metrics };
type SetStyle = (this: Phaser.GameObjects.TextStyle, style: StyleConfig, updateText?: boolean, setDefaults?: boolean) => Phaser.GameObjects.Text;
type StyleFields = { fontStyle: string; fontSize: string; fontFamily: string; testString: string; _font: string; metrics: Metrics | undefined };

// Phaser's own defaults for the fields that decide a measurement (TextStyle's property map). Its default test
// string is learnt from the first text made, as its source spells it.
const DEFAULTS = { fontStyle: '', fontSize: '16px', fontFamily: 'Courier' };
let defaultTestString: string | null = null;

const cache = new Map<string, Metrics>();
let installed = false;

/** The font and test string a style will measure, worked out as TextStyle.setStyle does. */
function measuredKey(current: StyleFields, style: StyleConfig, setDefaults: boolean): string | null {
  const base = setDefaults ? DEFAULTS : current;
  const size = typeof style.fontSize === 'number' ? `${style.fontSize}px` : (style.fontSize ?? base.fontSize);
  const font = [style.fontStyle ?? base.fontStyle, size, style.fontFamily ?? base.fontFamily].join(' ').trim();
  const testString = style.testString ?? (setDefaults ? defaultTestString : current.testString);
  return testString === null ? null : `${font}|${testString}`;
}

export function installTextMetricsCache(): void {
  if (installed) return;
  installed = true;
  const proto = Phaser.GameObjects.TextStyle.prototype as unknown as { setStyle: SetStyle };
  const original = proto.setStyle;
  proto.setStyle = function (style, updateText, setDefaults = false) {
    // A `font` shorthand or metrics given by the caller: leave it to Phaser.
    if (!style || style.metrics || (style as { font?: unknown }).font !== undefined) return original.call(this, style, updateText, setDefaults);
    const fields = this as unknown as StyleFields;
    const key = measuredKey(fields, style, setDefaults);
    const known = key === null ? undefined : cache.get(key);
    // Phaser measures only when asked to update or when it has no metrics yet; otherwise it keeps the old ones.
    const measures = updateText !== false || fields.metrics === undefined;
    const result = original.call(this, known ? { ...style, metrics: known } : style, updateText, setDefaults);
    if (setDefaults && style.testString === undefined) defaultTestString ??= fields.testString;
    const actual = `${fields._font}|${fields.testString}`;
    if (!measures) return result;
    if (key === null) {
      if (fields.metrics) cache.set(actual, { ...fields.metrics });
    } else if (actual !== key) {
      cache.delete(key); // never expected: measure afresh rather than keep another font's metrics
      if (!known) return result;
      fields.metrics = undefined; // so Phaser measures again
      return original.call(this, style, updateText, setDefaults);
    } else if (!known && fields.metrics) cache.set(key, { ...fields.metrics });
    return result;
  };
}
