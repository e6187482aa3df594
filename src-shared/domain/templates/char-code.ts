// Lead values reach the hot string code in many representations (flat, concatenated, sliced;
// one- or two-byte). V8 gives each its own map, so a call like `text.charCodeAt(i)` there turns
// megamorphic and pays a lookup per call, several times the work of the call itself. Calling
// the built-ins directly skips the lookup.

const call = Function.prototype.call;

/** text.charCodeAt(index), fast whatever representation `text` has. */
export const charCodeAt = call.bind(String.prototype.charCodeAt) as (text: string, index: number) => number;

/** text.includes(search), likewise. */
export const includes = call.bind(String.prototype.includes) as (text: string, search: string) => boolean;
