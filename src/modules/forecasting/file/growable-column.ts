// An append-only typed-array column that doubles as it grows: millions of rows without millions of JS numbers.
type TypedArray = Int32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = new (length: number) => T;

export class GrowableColumn<T extends TypedArray> {
  private data: T;
  private length = 0;

  constructor(private readonly kind: TypedArrayConstructor<T>) {
    this.data = new kind(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.kind(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far (a view, not a copy). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
