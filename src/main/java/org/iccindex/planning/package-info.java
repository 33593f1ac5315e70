/**
 * Planning: which single answers would raise a round's area score, lens or aggregate, by how much, and a shortest
 * plan to reach a target. Plain Java: every figure comes from the scoring engine itself, no Spring, no I/O.
 */
package org.iccindex.planning;
