export declare const ENTRIES: Record<string, string>;
export interface SizeRow {
  name: string;
  platform: string;
  minified: number;
  gzip: number;
  lazyGzip: number;
}
export declare function measureSizes(platforms?: string[]): Promise<SizeRow[]>;
