// Multisampling smooths the edges of shapes (rounded panels, lines). With a GPU it is nearly free; when WebGL
// runs in software (no usable GPU: SwiftShader, llvmpipe, as on some school laptops) it costs a third of a Table
// redraw (50 against 33 ms here). Which kind a browser has is known only once WebGL is running, so the first
// visit finds out and remembers, and later visits leave multisampling off where rendering is in software.
import type Phaser from 'phaser';
import type { KeyValueStorage } from '../platform/storage';

const RENDERER_KEY = 'standoff:renderer';
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** Whether to ask WebGL for multisampling: yes, unless an earlier visit found rendering in software. */
export function wantsMultisampling(storage: KeyValueStorage | null): boolean {
  try {
    return storage?.getItem(RENDERER_KEY) !== 'software';
  } catch {
    return true;
  }
}

/** The WebGL renderer's name: the plain one where the browser gives it, else the debug extension's. */
function rendererName(gl: WebGLRenderingContext): string {
  const plain = String(gl.getParameter(gl.RENDERER));
  if (!/^webkit webgl$/i.test(plain)) return plain; // Firefox and Safari name it here (and warn on the extension)
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : plain;
}

/** Notes whether this browser renders WebGL in software, for the next visit. */
export function rememberRenderer(game: Phaser.Game, storage: KeyValueStorage | null): void {
  const gl = (game.renderer as { gl?: WebGLRenderingContext }).gl;
  if (!gl || !storage) return; // the Canvas renderer has no multisampling to choose
  try {
    if (SOFTWARE.test(rendererName(gl))) storage.setItem(RENDERER_KEY, 'software');
    else storage.removeItem(RENDERER_KEY);
  } catch {
    // storage refused: every visit keeps the default
  }
}
