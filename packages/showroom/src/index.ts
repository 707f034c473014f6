// @vitrine/showroom: the whole public API.
export type * from './config/showroom-config.js';
