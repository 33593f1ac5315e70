/** Reading a definition's YAML into the model, reporting every problem with its line and key. Internal. */
package org.iccindex.definition.yaml;
