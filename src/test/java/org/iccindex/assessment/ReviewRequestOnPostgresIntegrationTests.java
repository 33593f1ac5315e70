package org.iccindex.assessment;

import org.iccindex.support.OnPostgres;

@OnPostgres
class ReviewRequestOnPostgresIntegrationTests extends AbstractReviewRequestTests {}
