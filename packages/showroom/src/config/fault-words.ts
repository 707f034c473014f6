// A chunk of its own (showroom-fault-words.js), fetched only for an invalid config or a patch that
// breaks one: the sentences and did-you-mean suggestions are not among the bytes every showroom
// loads first.
export { describeFault } from '@vitrine/contracts';
