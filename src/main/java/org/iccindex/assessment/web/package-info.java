/** Pages of the questionnaire, the review and the offline workbook. Internal. */
package org.iccindex.assessment.web;
