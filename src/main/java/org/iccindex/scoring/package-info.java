/**
 * Scoring: answers to area scores, the lens composite and the aggregate index, by the method the definition
 * describes. Plain Java: no Spring, no SQL, no file access.
 */
package org.iccindex.scoring;
