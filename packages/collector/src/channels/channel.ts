import { CHANNELS, type Channel } from '@vitrine/contracts';

// The names are the contracts' (the metrics API and the dashboard speak them too).
export { CHANNELS, type Channel };

export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
