// The script-tag build (in progress).
export {};
