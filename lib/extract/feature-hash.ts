// Both hashes answer signed 32-bit integers: V8 keeps those unboxed (a small integer on 64-bit
// Node), where an unsigned result above 2^31 became a heap number at every call the compiler did
// not inline. Only the 32 bits matter: feature numbers are mixed, compared with each other, masked
// or stored into typed arrays, never kept as keys of their own (those would need `>>> 0`).

/** 32-bit FNV-1a hash of a string, as a signed integer: how words become feature numbers without storing the words. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash;
}

/** Combines two numbers into one well-spread 32-bit feature number, as a signed integer. */
export function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 16), 0xc2b2ae35);
  return hash ^ (hash >>> 13);
}
