/**
 * Synthetic French ESSMS population: a seeded generator of an organisme gestionnaire, its establishments,
 * professionals and usagers, as transaction Bundles valid against the DUI profiles. It is its own capability (it
 * serves the demo mode, the HTTP loader, the tests and the benchmarks), so it lives beside the others rather than
 * inside one of its consumers. Same seed, size and reference date give the same bytes: no clock, no unseeded
 * randomness; generation streams establishment by establishment.
 */
package fr.dui.server.synthetic;
