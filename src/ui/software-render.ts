// Multisampling smooths the edges of shapes (rounded panels, lines). With a GPU it is nearly free; when WebGL
// runs in software (no usable GPU: SwiftShader, llvmpipe, as on some school laptops) it costs a third of a Table
// redraw (50 against 33 ms here) and doubles a week result's animated frames. Which kind a browser has is known
// only from a running WebGL context, and multisampling is chosen when the context is made. So a first visit
// makes a context without it and asks: in software that context is the game's own; with a GPU it is dropped for
// one with multisampling. The answer is remembered, and later visits make one context, the right one. A software
// context also keeps each frame in its drawing buffer, so a frame can redraw only what changed (ui/damage.ts),
// and has no depth or stencil buffer, which nothing draws with and each frame would clear.
import type Phaser from 'phaser';
import type { KeyValueStorage } from '../platform/storage';

const RENDERER_KEY = 'standoff:renderer';
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** How the game should draw: with multisampling or not, and the WebGL context already made, if one was. */
export interface RenderChoice {
  readonly multisampling: boolean;
  readonly context: { readonly canvas: HTMLCanvasElement; readonly gl: WebGLRenderingContext } | null;
}

/** The context attributes Phaser 4.2.1's WebGLRenderer asks for by default, but multisampling, depth and
 * stencil off and the drawing buffer preserved (see the top). */
const ATTRIBUTES: WebGLContextAttributes = {
  alpha: false, desynchronized: false, depth: false, antialias: false, premultipliedAlpha: true, stencil: false,
  failIfMajorPerformanceCaveat: false, powerPreference: 'default', preserveDrawingBuffer: true,
};

/** A context for software rendering (ATTRIBUTES), or null where WebGL is unavailable. */
function softwareContext(): { canvas: HTMLCanvasElement; gl: WebGLRenderingContext } | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl', ATTRIBUTES);
  return gl ? { canvas, gl } : null;
}

function readNote(storage: KeyValueStorage | null): string | null {
  try {
    return storage?.getItem(RENDERER_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeNote(storage: KeyValueStorage | null, software: boolean): void {
  try {
    storage?.setItem(RENDERER_KEY, software ? 'software' : 'hardware');
  } catch {
    // storage refused: every visit asks again
  }
}

/** The WebGL renderer's name: the plain one where the browser gives it, else the debug extension's. */
function rendererName(gl: WebGLRenderingContext): string {
  const plain = String(gl.getParameter(gl.RENDERER));
  if (!/^webkit webgl$/i.test(plain)) return plain; // Firefox and Safari name it here (and warn on the extension)
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : plain;
}

/** Chooses multisampling from what an earlier visit found, or from a context made now (see the top). */
export function chooseRendering(storage: KeyValueStorage | null): RenderChoice {
  const note = readNote(storage);
  if (note === 'software') return { multisampling: false, context: softwareContext() };
  if (note === 'hardware') return { multisampling: true, context: null };
  const made = softwareContext();
  if (!made) return { multisampling: true, context: null }; // Phaser falls back to its Canvas renderer
  const software = SOFTWARE.test(rendererName(made.gl));
  writeNote(storage, software);
  if (software) return { multisampling: false, context: made };
  made.gl.getExtension('WEBGL_lose_context')?.loseContext(); // a GPU: Phaser makes its own, multisampled
  return { multisampling: true, context: null };
}

/** Notes whether this browser renders WebGL in software, for the next visit (the game's context may differ). */
export function rememberRenderer(game: Phaser.Game, storage: KeyValueStorage | null): void {
  const gl = (game.renderer as { gl?: WebGLRenderingContext }).gl;
  if (gl) writeNote(storage, SOFTWARE.test(rendererName(gl))); // the Canvas renderer has no multisampling to choose
}
