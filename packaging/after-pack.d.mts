import type { AfterPackContext } from 'electron-builder'
import type { FuseV1Options } from '@electron/fuses'

export declare const FUSES: Partial<Record<FuseV1Options, boolean>>
export declare function electronBinary(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'> & { packager: { appInfo: { productFilename: string }; executableName?: string } }): string
export default function afterPack(context: AfterPackContext): Promise<void>
