/**
 * The render stage: FreeMarker turns each planned page's view record into bytes, in parallel, with
 * one configuration built once; template mistakes become diagnostics naming template and page.
 * Depends on {@code plan}, {@code view}, {@code model} (a body's digest) and {@code diagnostic}.
 */
package vn.bulletin.render;
