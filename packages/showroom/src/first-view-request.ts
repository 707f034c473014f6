let resolve: () => void;

/**
 * Resolves when the first showroom of the page asks for its 3D chunk, or shows without a 3D view:
 * what the script-tag build fetches only after the 3D chunk (the tracker's sending code) waits on it.
 */
export const firstViewRequest = new Promise<void>((r) => (resolve = r));

/** Says that a showroom asked for its 3D view, or will show without one. */
export const markViewRequested = (): void => resolve();
