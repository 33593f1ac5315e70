/** The full-text index of the public catalogue (Lucene, in memory, rebuilt whenever the catalogue or results change). */
package org.iccindex.practice.search;
