package org.iccindex.assessment;

import org.iccindex.support.OnH2;

@OnH2
class RoundWorkflowOnH2IntegrationTests extends AbstractRoundWorkflowTests {}
