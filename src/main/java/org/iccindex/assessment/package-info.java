/**
 * Cities answering the questionnaire: rounds and their review workflow, answers with evidence, review queries and
 * the audit history. Publishing a round stores its scores, computed by the engine, as a result of the sample.
 */
package org.iccindex.assessment;
