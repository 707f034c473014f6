import { isAllowedUrl } from '@vitrine/contracts';

/** `url` when it is `https:` or relative, else undefined: checked again at the point of use. */
export const safeUrl = (url: string | undefined): string | undefined => (url !== undefined && isAllowedUrl(url) ? url : undefined);
