/** Types for scripts/ensure-chromium.mjs, a plain script that `npm test` runs with node. */
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string | null;
export declare function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
