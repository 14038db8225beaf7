// Variable-length integers (7 bits a byte, high bit = more) keep ids and
// counts, mostly small, to one or two bytes each in the persisted form.

/** Appends unsigned integers, strings and raw arrays to a growing byte buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** How many bytes have been written. */
  get size(): number {
    return this.length;
  }

  /** Writes a non-negative integer below 2^32. */
  uint(value: number): void {
    this.ensure(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.buffer[this.length++] = rest;
  }

  bytes(values: Uint8Array): void {
    this.uint(values.length);
    this.ensure(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  string(value: string): void {
    this.bytes(new TextEncoder().encode(value));
  }

  /** Writes a sorted list as gaps, which stay small. */
  ascending(values: ArrayLike<number>): void {
    this.uint(values.length);
    let previous = 0;
    for (let index = 0; index < values.length; index += 1) {
      this.uint(values[index] - previous);
      previous = values[index];
    }
  }

  uints(values: ArrayLike<number>): void {
    this.uint(values.length);
    for (let index = 0; index < values.length; index += 1) this.uint(values[index]);
  }

  /** The bytes written so far (a copy, so later writes cannot alter it). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what ByteWriter wrote; throws on truncated or malformed input. */
export class ByteReader {
  private position = 0;

  constructor(private readonly buffer: Uint8Array) {}

  /** Where the next read starts. */
  get offset(): number {
    return this.position;
  }

  /** Returns `count` when at least that many bytes remain, so a corrupt count cannot demand a huge array. */
  available(count: number): number {
    if (count > this.buffer.length - this.position) throw new Error('search index data is truncated');
    return count;
  }

  uint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.position >= this.buffer.length) throw new Error('search index data is truncated');
      const byte = this.buffer[this.position++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('search index data holds a malformed number');
  }

  /** Reads a length and checks it against what is left, so corrupt data cannot demand huge arrays. */
  count(): number {
    return this.available(this.uint());
  }

  bytes(): Uint8Array {
    const length = this.count();
    const start = this.position;
    this.position += length;
    return this.buffer.slice(start, this.position);
  }

  string(): string {
    return new TextDecoder().decode(this.bytes());
  }

  ascending<T extends Uint32Array | Uint16Array>(make: (length: number) => T): T {
    const values = make(this.count());
    let previous = 0;
    for (let index = 0; index < values.length; index += 1) {
      previous += this.uint();
      values[index] = previous;
    }
    return values;
  }

  uints<T extends Uint32Array | Uint16Array | Uint8Array>(make: (length: number) => T): T {
    const values = make(this.count());
    for (let index = 0; index < values.length; index += 1) values[index] = this.uint();
    return values;
  }

  atEnd(): boolean {
    return this.position === this.buffer.length;
  }
}
