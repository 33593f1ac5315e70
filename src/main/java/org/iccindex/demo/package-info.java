/**
 * Demo data: the seeded generator of the synthetic sample of fictional cities that stands beside the real published
 * figures, so that benchmarks have a sample of about 140 cities to compare with. Plain Java, no I/O.
 */
package org.iccindex.demo;
