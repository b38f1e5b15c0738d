// Everything the program touches outside itself, passed in. The real one is made only in main.ts; tests
// pass their own and run the whole CLI in-process.

export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
}

export interface InputStream extends AsyncIterable<Buffer | string> {}

export interface PagerRequest {
  readonly command: string;
  readonly text: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly stdoutIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** The terminal's size when stdout is one (undefined or 0 when unknown). */
  readonly columns: number | undefined;
  readonly rows: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Path of the bundled article (data/). */
  readonly bundledArticle: string;
  /** Runs a pager on `text`; resolves false when the pager could not be started (then we print ourselves). */
  readonly page: (request: PagerRequest) => Promise<boolean>;
  /** Reads a whole file; rejects with a Node errno error. */
  readonly readFile: (path: string) => Promise<Buffer>;
  /** Reads a file in chunks (for input too large to hold); errors surface as a Node errno error. */
  readonly openFile: (path: string) => AsyncIterable<Buffer>;
  /** Results kept between runs (an article's attribution, by its bytes); absent when caching is off. */
  readonly cache?: Cache;
}

/** A store of entries by key. It never fails: an entry it cannot read is absent, one it cannot write is dropped. */
export interface Cache {
  /** Where it keeps its entries. */
  readonly folder: string;
  read(key: string): Buffer | undefined;
  write(key: string, entry: Uint8Array): void;
  /** The entries it holds (any build's), and their bytes together; none when it cannot look. */
  usage(): CacheUsage;
  /** Removes every entry it holds; how many it removed. */
  clear(): number;
}

export interface CacheUsage {
  readonly entries: number;
  readonly bytes: number;
}
