export declare const DEFAULT_CHROMIUM: string;
export declare const chromiumArgs: string[];
export declare function findChromium(): string | undefined;
export declare function missingChromiumMessage(): string;
export declare function requireChromium(): string;
