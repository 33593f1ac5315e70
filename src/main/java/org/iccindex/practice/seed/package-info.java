/** Reading and validating seed files of practices (YAML, every problem with its file, line and key). */
package org.iccindex.practice.seed;
