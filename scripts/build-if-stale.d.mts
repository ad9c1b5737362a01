export declare const root: string
export declare function isStale(dir?: string): boolean
export declare function buildIfStale(): void
