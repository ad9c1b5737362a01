export type ElectronBinary = { ok: true; binary: string } | { ok: false; problem: string }
export declare function electronPackageDir(from?: string): string | null
export declare function findElectronBinary(electronDir: string | null, env?: Record<string, string | undefined>): ElectronBinary
export declare function missingElectronMessage(problem: string, electronDir: string | null, cwd?: string): string
