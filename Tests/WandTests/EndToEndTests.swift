// End-to-end tests run real `wand` processes; they run one at a time so that timing-sensitive
// checks (busy, timeouts) do not compete for the machine's cores.

import Testing

@Suite(.serialized) enum EndToEndTests {}
