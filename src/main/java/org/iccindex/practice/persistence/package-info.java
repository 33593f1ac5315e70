/** SQL of the practice module: practices, their versions and areas, seed files loaded, analysts' choices of suggestions. */
package org.iccindex.practice.persistence;
