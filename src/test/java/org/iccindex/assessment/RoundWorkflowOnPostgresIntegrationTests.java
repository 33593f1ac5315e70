package org.iccindex.assessment;

import org.iccindex.support.OnPostgres;

@OnPostgres
class RoundWorkflowOnPostgresIntegrationTests extends AbstractRoundWorkflowTests {}
