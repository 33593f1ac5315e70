/** SQL of rounds, answers, evidence, review queries and the audit log. Internal. */
package org.iccindex.assessment.persistence;
