package org.iccindex.account;

import org.iccindex.support.OnPostgres;

@OnPostgres
class AccountWorkflowOnPostgresIntegrationTests extends AbstractAccountWorkflowTests {}
