export declare const CHROME_FLAGS: string[];
export declare function findChromium(): string | undefined;
export declare function chromePath(): string;
