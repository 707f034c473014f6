/** Config ids as the showroom schema allows them (its `$defs/id`, also experiment and arm ids): no dots or slashes, so an id is safe in a path. */
export const CONFIG_ID = /^[a-z0-9-]{1,64}$/;
