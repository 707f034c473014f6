/** Config ids as the showroom schema allows them: no dots or slashes, so an id is safe in a path. */
export const CONFIG_ID = /^[a-z0-9-]{1,64}$/;
