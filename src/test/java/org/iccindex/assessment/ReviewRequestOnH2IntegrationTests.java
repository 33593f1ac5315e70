package org.iccindex.assessment;

import org.iccindex.support.OnH2;

@OnH2
class ReviewRequestOnH2IntegrationTests extends AbstractReviewRequestTests {}
