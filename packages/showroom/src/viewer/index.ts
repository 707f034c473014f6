// The lazily loaded 3D chunk (in progress).
export {};
